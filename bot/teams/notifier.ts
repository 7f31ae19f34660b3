import { TurnContext, type CloudAdapter, type ConversationParameters, type ConversationReference } from 'botbuilder';
import type { Person } from '../domain/directory/directory';
import type { Lang } from '../domain/knowledge/types';
import { DeliveryFailure, type Delivered, type Notifier } from '../domain/outbox/ports';
import { langOfLocale } from './lang';
import { toDeliveryFailure } from './proactive/delivery-failure';
import { DEFAULT_SEND_TIMEOUT_MS, withSendTimeout } from './proactive/send-timeout';

/** Where references are kept per user (SqliteConversationRefs in production). */
export interface ConversationRefStore {
  get(aadObjectId: string): Promise<Partial<ConversationReference> | null>;
  upsert(aadObjectId: string, reference: Partial<ConversationReference>): Promise<void>;
}

export interface TeamsNotifierOptions {
  /** Empty in anonymous local mode. */
  appId: string;
  tenantId: string;
  /** For people the bot has never heard from; Teams' public endpoint by default. */
  defaultServiceUrl?: string;
  /** Token audience for a new conversation; botbuilder's default when not given. */
  audience?: string;
  /** How long one send (with creating the chat if needed) may take; 15 s by default, 0 = no limit. */
  sendTimeoutMs?: number;
}

export const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

/**
 * Proactive messages in a person's 1:1 chat with the bot, over botbuilder's CloudAdapter: with
 * the stored conversation reference when there is one, otherwise in a new 1:1 conversation
 * created with the person's AAD object id and tenant. Connector errors become DeliveryFailure.
 *
 * A send the connector does not answer in time fails as DeliveryFailure(0) and the dispatcher
 * retries it with backoff. Delivery is therefore at least once: Teams may have accepted the send
 * that timed out. A retried manager card whose activity id is known updates that card in place
 * (no duplicate); a first card or a reporter text whose answer never came is posted again, and
 * the person may see it twice. Losing a report is worse than seeing it twice.
 */
export class TeamsNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly refs: ConversationRefStore,
    private readonly options: TeamsNotifierOptions,
  ) {}

  async sendCard(to: Person, card: unknown, existing?: Delivered): Promise<Delivered> {
    return this.inTime((expired) => this.card(to, card, existing, expired));
  }

  async sendText(to: Person, text: string): Promise<Delivered> {
    // Plain: names and case numbers must never turn into markdown.
    return this.inTime((expired) => this.post(to, { type: 'message', text, textFormat: 'plain' }, expired));
  }

  async recreateConversation(to: Person): Promise<void> {
    await this.inTime(async () => this.createConversation(to, (await this.refs.get(to.aadObjectId))?.serviceUrl));
  }

  async langOf(to: Person): Promise<Lang | undefined> {
    const locale = (await this.personalReference(to))?.locale;
    return locale ? langOfLocale(locale) : undefined;
  }

  private inTime<T>(work: (expired: () => boolean) => Promise<T>): Promise<T> {
    return withSendTimeout(work, this.options.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS);
  }

  private async card(to: Person, card: unknown, existing: Delivered | undefined, expired: () => boolean): Promise<Delivered> {
    const activity = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
    if (existing) {
      const ref = { ...(await this.referenceFor(to)), conversation: { id: existing.conversationId } as ConversationReference['conversation'] };
      await this.continue(ref, async (ctx) => {
        await ctx.updateActivity({ ...activity, id: existing.activityId, conversation: ref.conversation });
      });
      return existing;
    }
    return this.post(to, activity, expired);
  }

  private async post(to: Person, activity: Record<string, unknown>, expired: () => boolean): Promise<Delivered> {
    const ref = await this.referenceFor(to);
    // The dispatcher has already counted this send as failed and will retry it: posting now would show it twice.
    if (expired()) throw new DeliveryFailure(0, undefined, 'SendTimeout');
    let sent: Delivered | null = null;
    await this.continue(ref, async (ctx) => {
      const response = await ctx.sendActivity(activity);
      const conversationId = ctx.activity.conversation?.id ?? ref.conversation?.id ?? '';
      sent = { conversationId, activityId: response?.id ?? '' };
    });
    if (!sent) throw new DeliveryFailure(0, undefined, 'NoResponse');
    return sent;
  }

  private async continue(ref: Partial<ConversationReference>, logic: (ctx: TurnContext) => Promise<void>): Promise<void> {
    try {
      await this.adapter.continueConversationAsync(this.options.appId, ref, logic);
    } catch (error) {
      throw toDeliveryFailure(error);
    }
  }

  /** The stored 1:1 reference, or a new 1:1 conversation. */
  private async referenceFor(to: Person): Promise<Partial<ConversationReference>> {
    return (await this.personalReference(to)) ?? this.createConversation(to, (await this.refs.get(to.aadObjectId))?.serviceUrl);
  }

  /**
   * Only a personal chat's reference is used: a reference from a group chat or channel would
   * show a manager's card to everyone there.
   */
  private async personalReference(to: Person): Promise<Partial<ConversationReference> | null> {
    const ref = await this.refs.get(to.aadObjectId);
    if (!ref?.conversation?.id || !ref.serviceUrl) return null;
    const type = ref.conversation.conversationType;
    if (ref.conversation.isGroup === true || (type !== undefined && type !== 'personal')) return null;
    return ref;
  }

  private async createConversation(to: Person, serviceUrl: string | undefined): Promise<Partial<ConversationReference>> {
    const url = serviceUrl ?? this.options.defaultServiceUrl ?? DEFAULT_SERVICE_URL;
    const parameters = {
      isGroup: false,
      members: [{ id: to.aadObjectId, name: to.name }],
      tenantId: this.options.tenantId,
      channelData: { tenant: { id: this.options.tenantId } },
      ...(this.options.appId ? { bot: { id: `28:${this.options.appId}`, name: '' } } : {}),
    } as ConversationParameters;
    let created: Partial<ConversationReference> | null = null;
    try {
      await this.adapter.createConversationAsync(this.options.appId, 'msteams', url, this.options.audience ?? '', parameters, async (ctx) => {
        created = TurnContext.getConversationReference(ctx.activity);
      });
    } catch (error) {
      throw toDeliveryFailure(error);
    }
    const ref = created as Partial<ConversationReference> | null;
    if (!ref?.conversation?.id) throw new DeliveryFailure(0, undefined, 'NoConversation');
    const personal: Partial<ConversationReference> = { ...ref, serviceUrl: url, conversation: { ...ref.conversation, conversationType: 'personal', isGroup: false } };
    await this.refs.upsert(to.aadObjectId, personal);
    return personal;
  }
}

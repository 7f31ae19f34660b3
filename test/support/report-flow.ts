import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Person } from '../../bot/domain/directory/directory';
import { actionExecute, message, type ActivityOptions } from './activities';
import type { BotUnderTest } from './bot-under-test';
import { cardProblems } from './card-check';
import type { ConnectorCall, ConnectorStandIn } from './connector-stand-in';
import { PEOPLE } from './report-directory';

type Card = Record<string, unknown>;

/** Drives report conversations over HTTP and reads what the connector stand-in recorded. */
export class ReportFlow {
  constructor(
    readonly bot: BotUnderTest,
    readonly connector: ConnectorStandIn,
  ) {}

  /** Each person's own 1:1 chat id, when they write to the bot themselves. */
  chatOf(p: Person): string {
    return `a:chat-${p.aadObjectId.slice(-4)}`;
  }

  opts(p: Person, extra: Partial<ActivityOptions> = {}): ActivityOptions {
    return { serviceUrl: this.connector.url, conversationId: this.chatOf(p), ...extra };
  }

  /** Sends a message as `p` and waits for `replies` messages to be posted back. */
  async say(p: Person, text: string, replies: number, locale = 'sv-SE'): Promise<Partial<Activity>[]> {
    const before = this.connector.messages().length;
    const res = await this.bot.post(as(p, message(text, this.opts(p, { locale }))));
    if (res.status !== 200) throw new Error(`message answered ${res.status}`);
    const all = await this.connector.waitForMessages(before + replies);
    return all.slice(before);
  }

  /** Starts a report with a command and returns the form card's data (flow, submissionKey, lang). */
  async openForm(command: string, locale = 'sv-SE', replies = 1): Promise<{ data: Record<string, unknown>; card: Card; posted: Partial<Activity>[] }> {
    const posted = await this.say(PEOPLE.alex, command, replies, locale);
    const card = cardsOf(posted).at(-1);
    if (!card) throw new Error('no form card');
    const submit = executes(card).find((a) => a.verb === 'report.submit');
    return { data: submit?.data as Record<string, unknown>, card, posted };
  }

  /** An Action.Execute click as `p`; returns the invoke response body. */
  async click(p: Person, verb: string, data: Record<string, unknown>, replyToId = 'activity-card', conversationId?: string): Promise<InvokeBody> {
    const res = await this.bot.post(as(p, actionExecute(verb, data, { ...this.opts(p), replyToId, ...(conversationId ? { conversationId } : {}) })));
    if (res.status !== 200) throw new Error(`invoke answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as InvokeBody;
  }

  /** One dispatcher round (manual loops). */
  dispatch() {
    return this.bot.reports!.delivery.dispatchOnce();
  }

  /** Successful POSTs of a card to `p` (proactive, in the chat created for or by them). */
  cardPostsTo(p: Person): ConnectorCall[] {
    const chats = this.chatsOf(p);
    return this.connector.calls.filter((c) => c.kind === 'activity' && c.method === 'POST' && c.status < 300 && chats.has(c.conversationId) && hasCard(c.activity));
  }

  /** The notifier's updates to `p` (plain text, so names never become markdown), not a turn's replies. */
  textsTo(p: Person): string[] {
    const chats = this.chatsOf(p);
    return this.connector.calls
      .filter((c) => c.kind === 'activity' && c.method === 'POST' && c.activity.textFormat === 'plain' && c.status < 300 && chats.has(c.conversationId) && typeof c.activity.text === 'string')
      .map((c) => c.activity.text as string);
  }

  /** The chat the bot created for `p`, plus their own chat. */
  chatsOf(p: Person): Set<string> {
    const created = this.connector.calls
      .filter((c) => c.kind === 'create-conversation' && c.status < 300 && (c.body as { members?: { id: string }[] }).members?.[0]?.id === p.aadObjectId)
      .map((c) => c.conversationId);
    return new Set([this.chatOf(p), ...created]);
  }
}

export interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}

export function as(p: Person, activity: Partial<Activity>): Partial<Activity> {
  return { ...activity, from: { id: `29:${p.aadObjectId.slice(-4)}`, name: p.name, aadObjectId: p.aadObjectId } };
}

export function hasCard(a: Partial<Activity>): boolean {
  return (a.attachments ?? []).some((x) => x.contentType === 'application/vnd.microsoft.card.adaptive');
}

export function cardsOf(activities: Partial<Activity>[]): Card[] {
  return activities.flatMap((a) => (a.attachments ?? []).filter((x) => x.contentType === 'application/vnd.microsoft.card.adaptive').map((x) => x.content as Card));
}

export function cardOfCall(c: ConnectorCall | undefined): Card {
  const card = c ? cardsOf([c.activity])[0] : undefined;
  if (!card) throw new Error('no card in the call');
  return card;
}

/** The invoke's card; fails the test if it is not a card. */
export function invokeCard(body: InvokeBody): Card {
  if (body.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`expected a card, got ${body.type}: ${JSON.stringify(body.value)}`);
  return body.value as Card;
}

/** Every text a card shows (TextBlocks and TextRuns, not labels of inputs). */
export function shownTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(shownTexts);
  if (node === null || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = (o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string' ? [o.text] : [];
  return [...own, ...Object.entries(o).filter(([k]) => k !== 'fallback').flatMap(([, v]) => shownTexts(v))];
}

export function executes(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(executes);
  if (node === null || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const own = o.type === 'Action.Execute' && o.verb !== 'case.refresh' ? [o] : [];
  return [...own, ...Object.entries(o).filter(([k]) => k !== 'fallback' && k !== 'refresh').flatMap(([, v]) => executes(v))];
}

/** Every card the bot sent or answered with must pass the 1.5 schema and stay under 28 KB. */
export function allCardsValid(connector: ConnectorStandIn, extra: unknown[] = []): string[] {
  const cards = [...cardsOf(connector.calls.map((c) => c.activity)), ...extra];
  return cards.flatMap((card, i) => cardProblems(card).map((p) => `card ${i}: ${p}`));
}

export const uniqueId = () => randomUUID();

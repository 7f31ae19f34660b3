import type { Person } from '../../../bot/domain/directory/directory';
import { DeliveryFailure, type Delivered, type Notifier } from '../../../bot/domain/outbox/ports';

export interface Sent {
  to: string;
  kind: 'card' | 'text';
  body: unknown;
  existing?: Delivered;
  result: Delivered;
}

/**
 * The Notifier port with scripted answers: each failure queued for a person is thrown by their
 * next send, in order. The real Notifier is tested against a local connector stand-in.
 */
export class ScriptedNotifier implements Notifier {
  readonly sent: Sent[] = [];
  readonly recreated: string[] = [];
  private readonly failures = new Map<string, DeliveryFailure[]>();
  private readonly createFailures = new Map<string, DeliveryFailure[]>();
  private chats = new Map<string, number>();
  private nextActivity = 1;

  failNext(to: Person, ...failures: DeliveryFailure[]): void {
    this.failures.set(to.aadObjectId, [...(this.failures.get(to.aadObjectId) ?? []), ...failures]);
  }

  failCreate(to: Person, failure: DeliveryFailure): void {
    this.createFailures.set(to.aadObjectId, [failure]);
  }

  async sendCard(to: Person, card: unknown, existing?: Delivered): Promise<Delivered> {
    return this.send(to, 'card', card, existing);
  }

  async sendText(to: Person, text: string): Promise<Delivered> {
    return this.send(to, 'text', text);
  }

  async recreateConversation(to: Person): Promise<void> {
    const failure = this.createFailures.get(to.aadObjectId)?.shift();
    if (failure) throw failure;
    this.recreated.push(to.aadObjectId);
    this.chats.set(to.aadObjectId, (this.chats.get(to.aadObjectId) ?? 1) + 1);
  }

  cardsTo(to: Person): Sent[] {
    return this.sent.filter((s) => s.to === to.aadObjectId && s.kind === 'card');
  }

  textsTo(to: Person): string[] {
    return this.sent.filter((s) => s.to === to.aadObjectId && s.kind === 'text').map((s) => String(s.body));
  }

  private send(to: Person, kind: Sent['kind'], body: unknown, existing?: Delivered): Delivered {
    const failure = this.failures.get(to.aadObjectId)?.shift();
    if (failure) throw failure;
    const conversationId = `chat-${to.aadObjectId}-${this.chats.get(to.aadObjectId) ?? 1}`;
    const result = existing ?? { conversationId, activityId: `activity-${this.nextActivity++}` };
    this.sent.push({ to: to.aadObjectId, kind, body, ...(existing ? { existing } : {}), result });
    return result;
  }
}

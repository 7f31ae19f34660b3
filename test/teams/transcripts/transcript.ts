import type { Activity, ConversationAccount } from 'botbuilder';
import type { Person } from '../../../bot/domain/directory/directory';
import { actionExecute, membersAdded, message } from '../../support/activities';
import type { BotUnderTest, ManualClock } from '../../support/bot-under-test';
import type { ConnectorStandIn } from '../../support/connector-stand-in';
import { as, cardsOf, executes, shownTexts } from '../../support/report-flow';

/**
 * A conversation written as a table: who does what, and what they then see. Each row runs over the
 * real HTTP stack (restify, CloudAdapter, teams-ai) against the connector stand-in.
 */
export interface Row {
  /** Local (Swedish) time the row happens at, e.g. '10:01'; the report bot's clock is set to it. */
  at?: string;
  who: Person;
  /** `say`: a message; `click`: the button with this title on the last card `who` was shown; `deliver`: one outbox round, whose messages to `who` are checked. */
  does: { say: string } | { click: string; fill?: Record<string, unknown> } | { opens: 'chat' } | { deliver: true };
  /** Every text must be visible in what `who` gets back (cards' TextBlocks/TextRuns, or the message text). */
  sees: string[];
  /** The titles of the buttons on the card `who` gets, in order (not checked when left out). */
  buttons?: string[];
}

type Card = Record<string, unknown>;

/** What a person got from one row: texts, cards, and the card a click was answered with. */
interface Got {
  texts: string[];
  cards: Card[];
  answer?: Card;
}

/** The card someone last saw, and where it is (a click updates it there). */
interface Shown {
  card: Card;
  conversationId: string;
  activityId: string;
}

/** The stand-in records the activity sent; the chat it went to is in the call's path. */
function inChat(a: Partial<Activity>, conversationId: string): Partial<Activity> {
  return { ...a, conversation: { ...a.conversation, id: conversationId } as ConversationAccount };
}

/** One chat per person, named as ReportFlow names them. */
export const chatOf = (p: Person) => `a:chat-${p.aadObjectId.slice(-4)}`;

export function describeRow(r: Row): string {
  const act = 'say' in r.does ? `skriver ”${r.does.say}”` : 'click' in r.does ? `klickar på ”${r.does.click}”` : 'opens' in r.does ? 'öppnar chatten med boten' : 'får det som boten skickar';
  return `${r.at ? `${r.at} ` : ''}${r.who.name} ${act} → ${r.sees.join(' | ')}`;
}

export class Transcript {
  private readonly lastCard = new Map<string, Shown>();

  constructor(
    private readonly bot: BotUnderTest,
    private readonly connector: ConnectorStandIn,
    private readonly clock?: ManualClock,
  ) {}

  /** Runs one row and checks what the person sees. */
  async run(r: Row): Promise<void> {
    if (r.at) this.setLocalTime(r.at);
    const got = await this.act(r);
    const shown = [...got.texts, ...got.cards.flatMap((c) => shownTexts(c))].join('\n');
    for (const expected of r.sees) {
      if (!shown.includes(expected)) throw new Error(`${describeRow(r)}\nexpected to see: ${expected}\nbut saw:\n${shown}`);
    }
    if (r.buttons) {
      // The card the person acts on next: the one a click answered with, else the last one posted.
      const main = got.answer ?? got.cards.at(-1);
      expect(executes(main ?? {}).map((a) => String(a.title))).toEqual(r.buttons);
    }
  }

  private async act(r: Row): Promise<Got> {
    const d = r.does;
    if ('deliver' in d) {
      const before = this.connector.calls.length;
      await this.bot.reports!.delivery.dispatchOnce();
      const calls = this.connector.calls.slice(before).filter((c) => c.status < 300 && c.kind === 'activity' && this.isChatOf(r.who, c.conversationId));
      return this.remember(r.who, calls.map((c) => inChat({ ...c.activity, id: c.activityId ?? c.activity.id }, c.conversationId)));
    }
    if ('say' in d || 'opens' in d) {
      const before = this.connector.messages().length;
      const opts = { serviceUrl: this.connector.url, conversationId: chatOf(r.who) };
      const activity = 'say' in d ? message(d.say, opts) : membersAdded([{ id: '28:riktlinjeboten', name: 'Riktlinjeboten' }], opts);
      const res = await this.bot.post(as(r.who, activity));
      expect(res.status).toBe(200);
      await this.connector.waitForMessages(before + 1);
      // A second message (e.g. the form after the 112 advice) follows close behind.
      await new Promise((done) => setTimeout(done, 50));
      return this.remember(r.who, this.connector.messages().slice(before).map((a) => inChat(a, chatOf(r.who))));
    }
    return this.click(r.who, d.click, d.fill ?? {});
  }

  private async click(who: Person, title: string, fill: Record<string, unknown>): Promise<Got> {
    const last = this.lastCard.get(who.aadObjectId);
    if (!last) throw new Error(`${who.name} has seen no card to click on`);
    const action = executes(last.card).find((a) => a.title === title);
    if (!action) throw new Error(`no button "${title}" on ${who.name}'s card; there are: ${executes(last.card).map((a) => a.title).join(', ')}`);
    const before = this.connector.messages().length;
    const res = await this.bot.post(as(who, actionExecute(String(action.verb), { ...(action.data as Record<string, unknown>), ...fill }, { serviceUrl: this.connector.url, conversationId: last.conversationId, replyToId: last.activityId })));
    expect(res.status).toBe(200);
    const body = res.body as { type: string; value: unknown };
    await new Promise((done) => setTimeout(done, 50));
    const posted = this.remember(who, this.connector.messages().slice(before).map((a) => inChat(a, last.conversationId)));
    if (body.type === 'application/vnd.microsoft.card.adaptive') {
      // The card was replaced in place: later clicks are on the new one, in the same message.
      this.lastCard.set(who.aadObjectId, { ...last, card: body.value as Card });
      return { texts: posted.texts, cards: [body.value as Card, ...posted.cards], answer: body.value as Card };
    }
    return { texts: [String(body.value), ...posted.texts], cards: posted.cards };
  }

  private remember(who: Person, activities: Partial<Activity>[]): { texts: string[]; cards: Card[] } {
    for (const a of activities) {
      const card = cardsOf([a]).at(-1);
      if (card) this.lastCard.set(who.aadObjectId, { card, conversationId: a.conversation?.id ?? chatOf(who), activityId: a.id ?? a.replyToId ?? 'activity-card' });
    }
    return { texts: activities.flatMap((a) => (typeof a.text === 'string' && a.text !== '' ? [a.text] : [])), cards: cardsOf(activities) };
  }

  /** The person's own chat and every 1:1 chat the bot created for them. */
  private isChatOf(p: Person, conversationId: string): boolean {
    if (conversationId === chatOf(p)) return true;
    return this.connector.calls.some((c) => c.kind === 'create-conversation' && c.conversationId === conversationId && (c.body as { members?: { id: string }[] }).members?.[0]?.id === p.aadObjectId);
  }

  /** Swedish winter time (UTC+1) on the tests' day, 2026-03-02. */
  private setLocalTime(hhmm: string): void {
    if (!this.clock) throw new Error('rows with a time need a ManualClock');
    const [h, m] = hhmm.split(':').map(Number);
    this.clock.set(new Date(Date.UTC(2026, 2, 2, (h ?? 0) - 1, m ?? 0)));
  }
}

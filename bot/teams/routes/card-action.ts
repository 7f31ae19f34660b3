import type { Application } from '@microsoft/teams-ai';
import { ActivityTypes, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { z } from 'zod';
import { parseCardData } from '../card-actions';
import type { Card } from '../cards/adaptive';
import { langOfLocale } from '../lang';
import { cardMessage } from '../reply';
import { texts } from '../texts';

/** What a button press leads to. */
export type ActionOutcome =
  /** The clicked card turns into `card` (Action.Submit clients get `submitText`, or the card as a new message). */
  | { kind: 'replace'; card: Card; submitText?: string }
  /**
   * Only the person who clicked sees `card` in place of the clicked one (e.g. "Redan kvitterad");
   * a card with a refresh block is not written back for everyone, as 'replace' would.
   */
  | { kind: 'respond'; card: Card }
  /** The clicked card becomes `card` for everyone in the chat (a PUT that may fail without failing the click). */
  | { kind: 'update'; card: Card }
  /** `card` comes as a new message, the clicked card stays; `note` is the short confirmation in the card. */
  | { kind: 'post'; card: Card; note: string; before?: string }
  | { kind: 'text'; text: string };

type Schema<T> = z.ZodType<T, z.ZodTypeDef, unknown>;
type Handle<T> = (context: TurnContext, data: T) => ActionOutcome | Promise<ActionOutcome>;

/** One verb, both ways a card can send it: Action.Execute (invoke) and its Action.Submit fallback (message). */
export function registerCardAction<T>(app: Application, verb: string, schema: Schema<T>, handle: Handle<T>): void {
  app.adaptiveCards.actionExecute<unknown>(verb, async (context, _state, raw) => {
    const outcome = await outcomeOf(context, schema, raw, handle);
    switch (outcome.kind) {
      case 'replace':
        return outcome.card;
      case 'update':
        await updateClicked(context, outcome.card);
        return answerWithCard(context, outcome.card);
      case 'respond':
        return answerWithCard(context, outcome.card);
      case 'post':
        if (outcome.before) await context.sendActivity(MessageFactory.text(outcome.before));
        await context.sendActivity(cardMessage(outcome.card));
        return outcome.note;
      case 'text':
        return outcome.text;
    }
  });
  app.adaptiveCards.actionSubmit<unknown>(verb, async (context, _state, raw) => {
    const outcome = await outcomeOf(context, schema, raw, handle);
    if (outcome.kind === 'text') await context.sendActivity(outcome.text);
    else if (outcome.kind === 'replace' && outcome.submitText) await context.sendActivity(outcome.submitText);
    else {
      if (outcome.kind === 'post' && outcome.before) await context.sendActivity(MessageFactory.text(outcome.before));
      await context.sendActivity(cardMessage(outcome.card));
    }
  });
}

/** Data our cards never send (an old card, a hand-made request) gets a polite "this button no longer works". */
async function outcomeOf<T>(context: TurnContext, schema: Schema<T>, raw: unknown, handle: Handle<T>): Promise<ActionOutcome> {
  const data = parseCardData(schema, raw);
  return data === null ? { kind: 'text', text: texts[langOfLocale(context.activity.locale)].staleAction } : handle(context, data);
}

/** Answers the invoke ourselves, so teams-ai does not also write the card back for everyone. Returns what teams-ai then ignores. */
async function answerWithCard(context: TurnContext, card: Card): Promise<string> {
  const body = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
  return '';
}

/** The answer to the click matters more than the shared copy: a failed PUT is only logged by the caller's adapter. */
async function updateClicked(context: TurnContext, card: Card): Promise<void> {
  const id = context.activity.replyToId;
  if (!id) return;
  try {
    await context.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id });
  } catch {
    // The invoke answer still replaces the card for the person who clicked; others get it on refresh.
  }
}

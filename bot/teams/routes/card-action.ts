import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
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
  /** `card` comes as a new message, the clicked card stays; `note` is the short confirmation in the card. */
  | { kind: 'post'; card: Card; note: string }
  | { kind: 'text'; text: string };

type Schema<T> = z.ZodType<T, z.ZodTypeDef, unknown>;
type Handle<T> = (context: TurnContext, data: T) => ActionOutcome;

/** One verb, both ways a card can send it: Action.Execute (invoke) and its Action.Submit fallback (message). */
export function registerCardAction<T>(app: Application, verb: string, schema: Schema<T>, handle: Handle<T>): void {
  app.adaptiveCards.actionExecute<unknown>(verb, async (context, _state, raw) => {
    const outcome = outcomeOf(context, schema, raw, handle);
    if (outcome.kind === 'replace') return outcome.card;
    if (outcome.kind === 'post') await context.sendActivity(cardMessage(outcome.card));
    return outcome.kind === 'post' ? outcome.note : outcome.text;
  });
  app.adaptiveCards.actionSubmit<unknown>(verb, async (context, _state, raw) => {
    const outcome = outcomeOf(context, schema, raw, handle);
    if (outcome.kind === 'text') await context.sendActivity(outcome.text);
    else if (outcome.kind === 'replace' && outcome.submitText) await context.sendActivity(outcome.submitText);
    else await context.sendActivity(cardMessage(outcome.card));
  });
}

/** Data our cards never send (an old card, a hand-made request) gets a polite "this button no longer works". */
function outcomeOf<T>(context: TurnContext, schema: Schema<T>, raw: unknown, handle: Handle<T>): ActionOutcome {
  const data = parseCardData(schema, raw);
  return data === null ? { kind: 'text', text: texts[langOfLocale(context.activity.locale)].staleAction } : handle(context, data);
}

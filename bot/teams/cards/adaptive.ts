/**
 * The small part of the Adaptive Card 1.5 format our cards use, and helpers to build it.
 * No Teams-only extensions (such as `msteams.width`): every card must pass the official 1.5 schema.
 */

export type CardElement = { type: string } & Record<string, unknown>;
export type CardAction = { type: 'Action.Execute' | 'Action.Submit' } & Record<string, unknown>;

export interface Card {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: '1.5';
  fallbackText: string;
  body: CardElement[];
  actions?: CardAction[];
}

export function card(fallbackText: string, body: CardElement[], actions: CardAction[] = []): Card {
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText,
    body,
    ...(actions.length ? { actions } : {}),
  };
}

interface TextOptions {
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Bolder';
  color?: 'Attention' | 'Good' | 'Accent';
  isSubtle?: boolean;
  style?: 'heading';
  spacing?: 'Small' | 'Medium' | 'Large';
  separator?: boolean;
}

/** Wrapped text; TextBlock renders the subset of markdown Teams supports. */
export function text(value: string, options: TextOptions = {}): CardElement {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

export function heading(value: string): CardElement {
  return text(value, { size: 'Medium', weight: 'Bolder', style: 'heading' });
}

export function actionSet(actions: CardAction[], spacing: 'Small' | 'Medium' = 'Small'): CardElement {
  return { type: 'ActionSet', actions, spacing };
}

/**
 * Action.Execute with the verb Teams needs, and an Action.Submit fallback carrying the same data plus
 * the verb, for clients without Universal Actions. Both reach the same use case.
 */
export function execute(title: string, verb: string, data: Record<string, unknown>, style?: 'positive' | 'destructive'): CardAction {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...(style ? { style } : {}),
    fallback: { type: 'Action.Submit', title, data: { ...data, verb }, ...(style ? { style } : {}) },
  };
}

/**
 * A button that asks a question as if the user typed it: Teams posts `question` as the user's message
 * (imBack), so it shows in the chat history. Other clients send the data, handled by the `ask` verb.
 */
export function ask(title: string, question: string, verb: string): CardAction {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: question }, verb, question } };
}

/**
 * Choices as tappable lines of text instead of buttons: a button title is cut after one line on a
 * phone ("Outlook-förkortningar som sty…"), a line of text wraps. Each line does what its action does.
 */
export function tapList(items: { title: string; action: CardAction }[]): CardElement {
  return {
    type: 'Container',
    spacing: 'Small',
    items: items.map(({ title, action }) => ({
      type: 'Container',
      spacing: 'Small',
      selectAction: { ...action, title },
      items: [{ type: 'TextBlock', text: `› ${escapeMarkdown(title)}`, wrap: true, color: 'Accent' }],
    })),
  };
}

/** Our own titles can hold characters that TextBlock would read as markdown. */
function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_[\]()#+!|>~-])/g, '\\$1');
}

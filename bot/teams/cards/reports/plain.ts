import type { CardElement } from '../adaptive';

/** A card whose refresh block lets Teams fetch the live version per user (Universal Actions). */
export interface Refresh {
  type?: 'Refresh';
  action: { type: 'Action.Execute'; verb: string; data: Record<string, unknown> };
  userIds: string[];
}

/** Teams runs automatic refresh for at most 60 users. */
export const MAX_REFRESH_USERS = 60;

// Control characters (other than line breaks and tabs) and bidi overrides can disguise text.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
const SCHEME = /:\/\//g;
const WWW = /\bwww\./gi;

/**
 * Text someone typed, made safe to show to another person: hidden characters go, and link-like
 * text is broken with a zero-width space so no client turns it into a clickable link.
 */
export function plain(value: string): string {
  return value.replace(HIDDEN, '').replace(SCHEME, ':\u200b//').replace(WWW, (m) => `${m.slice(0, 3)}\u200b.`);
}

/**
 * Text with user content, shown verbatim: a TextRun never interprets markdown, so `**`, `[x](y)`
 * or `<at>` in a report stays literal text instead of becoming a link or a mention.
 */
export function plainText(value: string, options: { weight?: 'Bolder'; color?: 'Attention' | 'Good'; isSubtle?: boolean; size?: 'Small' } = {}, spacing?: 'Small' | 'None'): CardElement {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: plain(value), ...options }], ...(spacing ? { spacing } : {}) };
}

/**
 * A label above a value someone typed: stacks well on a phone. The label is plain text too, since
 * some labels carry a person's display name ("Anteckning av …"), which is theirs to choose.
 */
export function labelled(label: string, value: string): CardElement[] {
  return [plainText(label, { weight: 'Bolder', size: 'Small' }, 'Small'), plainText(value, {}, 'None')];
}

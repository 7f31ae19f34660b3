import { z } from 'zod';

/**
 * The verbs our cards send back, and the data each carries. Cards build these; routes parse them.
 * An Action.Execute arrives as an invoke with `value.action.data`; its Action.Submit fallback arrives
 * as a message whose `value` is the same data plus `verb`.
 */
export const verbs = {
  feedback: 'feedback',
  topic: 'topic',
  noneOfThese: 'none-of-these',
  reportStart: 'report.start',
  ask: 'ask',
} as const;

const lang = z.enum(['sv', 'en']).catch('sv');
const topicId = z.string().trim().min(1).max(200);

export const feedbackData = z.object({ topic: topicId, vote: z.enum(['up', 'down']), lang });
/** `choice`: picked on a "Menade du" card, which the answer replaces; `related`: the answer comes as a new message. */
export const topicData = z.object({ topic: topicId, lang, via: z.enum(['choice', 'related']).catch('related') });
export const noneOfTheseData = z.object({
  question: z.string().max(20_000).catch(''),
  suggestions: z.array(topicId).max(10).catch([]),
  lang,
});
export const reportStartData = z.object({ flow: z.string().trim().min(1).max(100), topic: topicId.nullable().catch(null), lang });
export const askData = z.object({ question: z.string().min(1).max(20_000) });

export type FeedbackData = z.infer<typeof feedbackData>;
export type TopicData = z.infer<typeof topicData>;
export type NoneOfTheseData = z.infer<typeof noneOfTheseData>;
export type ReportStartData = z.infer<typeof reportStartData>;
export type AskData = z.infer<typeof askData>;

/** Parses card data; `null` for data our cards never send (an old card, a hand-crafted request). */
export function parseCardData<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, data: unknown): T | null {
  const parsed = schema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

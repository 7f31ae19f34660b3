import type { Lang } from './knowledge/types';

/** Time comes in through a port so the domain stays deterministic under test. */
export interface Clock {
  now(): Date;
}

export type Vote = 'up' | 'down';

export interface FeedbackRecord {
  topic: string;
  vote: Vote;
  lang: Lang;
  at: Date;
}

/** 'not-covered': a kind of question the guideline does not cover, referred elsewhere (suggestions holds the area). */
export type UnansweredReason = 'fallback' | 'none-of-these' | 'not-covered';

/** A question the bot could not answer. `text` is already masked (no e-mail, phone, personnummer). */
export interface UnansweredRecord {
  text: string;
  lang: Lang;
  reason: UnansweredReason;
  suggestions: string[];
  at: Date;
}

export interface QuestionLog {
  recordFeedback(record: FeedbackRecord): Promise<unknown>;
  recordUnanswered(record: UnansweredRecord): Promise<void>;
}

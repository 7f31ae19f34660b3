import type { UnansweredReason } from '../../domain/ports';
import type { Database } from './database';

/** One question as kansliet sees it in the report: the same wording counted once per asking. */
export interface UnansweredGroup {
  /** The most recent wording of the question (masked). */
  text: string;
  count: number;
  lastAt: Date;
  /** Topics the bot offered for this question, most often first; for 'none-of-these' they were rejected. */
  suggestions: SuggestionCount[];
}

export interface SuggestionCount {
  topic: string;
  count: number;
}

export interface TopicFeedback {
  topic: string;
  up: number;
  down: number;
}

/** What kansliet needs to improve the knowledge base, for one period. */
export interface QuestionReport {
  since: Date;
  until: Date;
  /** Questions the bot fell back on, most frequent first. */
  unanswered: UnansweredGroup[];
  /** Questions where the user rejected every suggestion with "Inget av dessa". */
  noneOfThese: UnansweredGroup[];
  /** Questions the guideline does not cover, referred elsewhere; `suggestions` counts the areas. */
  notCovered: UnansweredGroup[];
  /** Votes per topic, worst first (most 👎, then fewest 👍). */
  feedback: TopicFeedback[];
}

interface GroupRow {
  grouping: string;
  text: string;
  count: number;
  last_at: string;
}

interface SuggestionRow {
  grouping: string;
  topic: string;
  count: number;
}

interface Period {
  since: string;
  until: string;
}

interface Filter extends Period {
  reason: UnansweredReason;
}

/** Reads the question log for `since` <= at <= `until`. */
export function readQuestionReport(db: Database, since: Date, until: Date): QuestionReport {
  const period: Period = { since: since.toISOString(), until: until.toISOString() };
  const read = db.transaction(
    (): QuestionReport => ({
      since,
      until,
      unanswered: unansweredGroups(db, { ...period, reason: 'fallback' }),
      noneOfThese: unansweredGroups(db, { ...period, reason: 'none-of-these' }),
      notCovered: unansweredGroups(db, { ...period, reason: 'not-covered' }),
      feedback: feedbackByTopic(db, period),
    }),
  );
  // One read transaction so the three parts agree even while the bot writes.
  return read.deferred();
}

function unansweredGroups(db: Database, filter: Filter): UnansweredGroup[] {
  // With exactly one MAX() SQLite takes the bare column `text` from the row holding it: the latest wording.
  const groups = db
    .prepare(
      `SELECT grouping, text, MAX(at) AS last_at, COUNT(*) AS count FROM unanswered
       WHERE at >= @since AND at <= @until AND reason = @reason
       GROUP BY grouping ORDER BY count DESC, last_at DESC, grouping`,
    )
    .all(filter) as GroupRow[];
  const suggestions = suggestionsByGroup(db, filter);
  return groups.map((row) => ({
    text: row.text,
    count: row.count,
    lastAt: new Date(row.last_at),
    suggestions: suggestions.get(row.grouping) ?? [],
  }));
}

function suggestionsByGroup(db: Database, filter: Filter): Map<string, SuggestionCount[]> {
  const rows = db
    .prepare(
      `SELECT u.grouping AS grouping, s.value AS topic, COUNT(*) AS count
       FROM unanswered u, json_each(u.suggestions) s
       WHERE u.at >= @since AND u.at <= @until AND u.reason = @reason
       GROUP BY u.grouping, s.value ORDER BY count DESC, topic`,
    )
    .all(filter) as SuggestionRow[];
  const byGroup = new Map<string, SuggestionCount[]>();
  for (const row of rows) {
    const list = byGroup.get(row.grouping) ?? [];
    list.push({ topic: row.topic, count: row.count });
    byGroup.set(row.grouping, list);
  }
  return byGroup;
}

function feedbackByTopic(db: Database, period: Period): TopicFeedback[] {
  return db
    .prepare(
      `SELECT topic, SUM(vote = 'up') AS up, SUM(vote = 'down') AS down FROM feedback
       WHERE at >= @since AND at <= @until
       GROUP BY topic ORDER BY down DESC, up ASC, topic`,
    )
    .all(period) as TopicFeedback[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The report for the last `days` days up to `now`. */
export function readRecentQuestionReport(db: Database, now: Date, days: number): QuestionReport {
  return readQuestionReport(db, new Date(now.getTime() - days * DAY_MS), now);
}

import type { UnansweredReason } from '../../domain/ports';
import type { QuestionReport, SuggestionCount, TopicFeedback, UnansweredGroup } from '../sqlite/question-report';
import { listAll, odata, type Tables } from './tables';

interface UnansweredColumns {
  text: string;
  grouping: string;
  reason: UnansweredReason;
  suggestions: string;
  at: string;
}

interface FeedbackColumns {
  topic: string;
  vote: 'up' | 'down';
  at: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The same report as readQuestionReport gives from SQLite, grouped in memory from Azure Table Storage. */
export async function readAzureQuestionReport(tables: Pick<Tables, 'feedback' | 'unanswered'>, since: Date, until: Date): Promise<QuestionReport> {
  const period = `at ge ${odata(since.toISOString())} and at le ${odata(until.toISOString())}`;
  const [questions, votes] = await Promise.all([listAll<UnansweredColumns>(tables.unanswered, period), listAll<FeedbackColumns>(tables.feedback, period)]);
  return {
    since,
    until,
    unanswered: groups(questions.filter((q) => q.reason === 'fallback')),
    noneOfThese: groups(questions.filter((q) => q.reason === 'none-of-these')),
    notCovered: groups(questions.filter((q) => q.reason === 'not-covered')),
    feedback: byTopic(votes),
  };
}

export function readRecentAzureQuestionReport(tables: Pick<Tables, 'feedback' | 'unanswered'>, now: Date, days: number): Promise<QuestionReport> {
  return readAzureQuestionReport(tables, new Date(now.getTime() - days * DAY_MS), now);
}

/** Same question however typed (grouping key): most asked first, then most recent; the latest wording is shown. */
function groups(rows: UnansweredColumns[]): UnansweredGroup[] {
  const byKey = new Map<string, UnansweredColumns[]>();
  for (const r of rows) byKey.set(r.grouping, [...(byKey.get(r.grouping) ?? []), r]);
  const result = [...byKey.entries()].map(([grouping, list]) => {
    const latest = list.reduce((a, b) => (b.at > a.at ? b : a));
    return { grouping, group: { text: latest.text, count: list.length, lastAt: new Date(latest.at), suggestions: suggestions(list) } };
  });
  result.sort((a, b) => b.group.count - a.group.count || b.group.lastAt.getTime() - a.group.lastAt.getTime() || compare(a.grouping, b.grouping));
  return result.map((r) => r.group);
}

function suggestions(rows: UnansweredColumns[]): SuggestionCount[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const topic of JSON.parse(r.suggestions) as string[]) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return [...counts.entries()].map(([topic, count]) => ({ topic, count })).sort((a, b) => b.count - a.count || compare(a.topic, b.topic));
}

/** Worst first: most 👎, then fewest 👍. */
function byTopic(rows: FeedbackColumns[]): TopicFeedback[] {
  const topics = new Map<string, TopicFeedback>();
  for (const r of rows) {
    const t = topics.get(r.topic) ?? { topic: r.topic, up: 0, down: 0 };
    t[r.vote] += 1;
    topics.set(r.topic, t);
  }
  return [...topics.values()].sort((a, b) => b.down - a.down || a.up - b.up || compare(a.topic, b.topic));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

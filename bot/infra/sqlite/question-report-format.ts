import { truncate } from '../../domain/privacy/storable-text';
import type { QuestionReport, SuggestionCount, TopicFeedback, UnansweredGroup } from './question-report';

/** Pure formatting of the report for kansliet: plain Swedish text, or JSON for tools. */

export interface ReportFormatOptions {
  /** The period length the user asked for, used in the wording ("de senaste 30 dagarna"). */
  days: number;
  /** Dates are shown as kansliet's calendar day. */
  timeZone?: string;
  /** Shows a topic's title next to its id when the knowledge base is at hand. */
  topicTitle?: (topic: string) => string | undefined;
}

export const REPORT_TIME_ZONE = 'Europe/Stockholm';

/** A question is shown on one line; the full (masked) text is in --json. */
const MAX_SHOWN_QUESTION_LENGTH = 200;

export function formatQuestionReport(report: QuestionReport, options: ReportFormatOptions): string {
  const format = formatter(options);
  const period = periodPhrase(options.days);
  const downVoted = report.feedback.filter((topic) => topic.down > 0);
  const upOnly = report.feedback.filter((topic) => topic.down === 0 && topic.up > 0);
  if (report.unanswered.length === 0 && report.noneOfThese.length === 0 && report.notCovered.length === 0 && downVoted.length === 0) {
    const lines = [`Inga obesvarade frågor ${period}.`, 'Ingen har heller valt ”Inget av dessa” eller gett ett svar 👎.'];
    return [...lines, ...upOnlyLine(upOnly)].join('\n') + '\n';
  }
  const sections = [
    `Riktlinjeboten: frågor och återkoppling ${period} (${format.date(report.since)} – ${format.date(report.until)})`,
    unansweredSection(report.unanswered, period, format),
    noneOfTheseSection(report.noneOfThese, period, format),
    ...notCoveredSection(report.notCovered, format),
    feedbackSection(downVoted, upOnly, period, format),
  ];
  return sections.join('\n\n') + '\n';
}

function unansweredSection(groups: UnansweredGroup[], period: string, format: Formatter): string {
  if (groups.length === 0) return `Frågor som boten inte kunde svara på\nInga obesvarade frågor ${period}.`;
  const heading = `Frågor som boten inte kunde svara på (${times(total(groups))}, ${groups.length} olika), vanligast först`;
  return [heading, ...groups.map((group) => groupLines(group, 'Boten föreslog', format))].join('\n');
}

function noneOfTheseSection(groups: UnansweredGroup[], period: string, format: Formatter): string {
  if (groups.length === 0) return `Valde ”Inget av dessa”\nIngen har valt ”Inget av dessa” ${period}.`;
  const heading = `Valde ”Inget av dessa” (${times(total(groups))}), vanligast först`;
  return [heading, ...groups.map((group) => groupLines(group, 'Förslag som inte passade', format))].join('\n');
}

/** Only when there are any: most bots of this kind never refer anyone. */
function notCoveredSection(groups: UnansweredGroup[], format: Formatter): string[] {
  if (groups.length === 0) return [];
  const heading = `Hänvisade: frågor som riktlinjen inte tar upp (${times(total(groups))}), vanligast först`;
  return [[heading, ...groups.map((group) => groupLines(group, 'Område i utanfor.yaml', format))].join('\n')];
}

function feedbackSection(downVoted: TopicFeedback[], upOnly: TopicFeedback[], period: string, format: Formatter): string {
  const heading = 'Svar som fick 👎, sämst först';
  if (downVoted.length === 0) return [heading, `Inga svar har fått 👎 ${period}.`, ...upOnlyLine(upOnly)].join('\n');
  const lines = downVoted.map((topic) => `- ${format.topic(topic.topic)}: 👎 ${topic.down}, 👍 ${topic.up}`);
  return [heading, ...lines, ...upOnlyLine(upOnly)].join('\n');
}

function groupLines(group: UnansweredGroup, suggestionLabel: string, format: Formatter): string {
  const question = `- ”${oneLine(group.text)}” – ${times(group.count)}, senast ${format.date(group.lastAt)}`;
  if (group.suggestions.length === 0) return question;
  return `${question}\n  ${suggestionLabel}: ${suggestionList(group.suggestions, format)}`;
}

function suggestionList(suggestions: SuggestionCount[], format: Formatter): string {
  return suggestions.map((s) => `${format.topic(s.topic)} (${s.count})`).join(', ');
}

function upOnlyLine(upOnly: TopicFeedback[]): string[] {
  if (upOnly.length === 0) return [];
  const votes = upOnly.reduce((sum, topic) => sum + topic.up, 0);
  const topics = upOnly.length === 1 ? '1 svar' : `${upOnly.length} svar`;
  return [`${topics} fick bara 👍 (${votes} ${votes === 1 ? 'röst' : 'röster'}).`];
}

function periodPhrase(days: number): string {
  return days === 1 ? 'det senaste dygnet' : `de senaste ${days} dagarna`;
}

function times(count: number): string {
  return count === 1 ? '1 gång' : `${count} gånger`;
}

function total(groups: UnansweredGroup[]): number {
  return groups.reduce((sum, group) => sum + group.count, 0);
}

function oneLine(text: string): string {
  return truncate(text.replace(/\s+/gu, ' ').trim(), MAX_SHOWN_QUESTION_LENGTH);
}

interface Formatter {
  date(at: Date): string;
  topic(id: string): string;
}

function formatter(options: ReportFormatOptions): Formatter {
  // sv-SE writes dates as YYYY-MM-DD.
  const dates = new Intl.DateTimeFormat('sv-SE', {
    timeZone: options.timeZone ?? REPORT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return {
    date: (at) => dates.format(at),
    topic: (id) => {
      const title = options.topicTitle?.(id);
      return title === undefined ? id : `${title} (${id})`;
    },
  };
}

/** The report for tools: dates as ISO 8601 UTC, nothing shortened. */
export interface QuestionReportJson {
  days: number;
  since: string;
  until: string;
  unanswered: UnansweredGroupJson[];
  noneOfThese: UnansweredGroupJson[];
  feedback: TopicFeedback[];
}

export interface UnansweredGroupJson {
  text: string;
  count: number;
  lastAt: string;
  suggestions: SuggestionCount[];
}

export function questionReportToJson(report: QuestionReport, days: number): QuestionReportJson {
  const group = (g: UnansweredGroup): UnansweredGroupJson => ({ ...g, lastAt: g.lastAt.toISOString() });
  return {
    days,
    since: report.since.toISOString(),
    until: report.until.toISOString(),
    unanswered: report.unanswered.map(group),
    noneOfThese: report.noneOfThese.map(group),
    feedback: report.feedback,
  };
}

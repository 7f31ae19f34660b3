import type { Application } from '@microsoft/teams-ai';
import { answerTopic } from '../../domain/knowledge/respond';
import { reportStartData, verbs, type ReportStartData } from '../card-actions';
import { reportCard } from '../cards/report';
import { reportFormCard } from '../cards/reports';
import type { TeamsDeps } from '../deps';
import type { ActionOutcome } from './card-action';
import { registerCardAction } from './card-action';
import { personOf } from './reports/people';
import { isUrgent } from './reports/start';
import { routeTexts } from './reports/texts';
import { texts } from '../texts';

/**
 * "Rapportera" on an answer: the report form (for a threat, what matters now first). The
 * directory lookup starts in the background: this is an invoke, which must answer within 5 s.
 * Without report flows (the Q&A-only bot) it shows the guideline's instruction instead.
 */
export function registerReportStart(app: Application, deps: TeamsDeps): void {
  registerCardAction(app, verbs.reportStart, reportStartData, (context, data) => formOutcome(deps, data, personOf(context.activity)) ?? instruction(deps, data));
}

function formOutcome(deps: TeamsDeps, data: ReportStartData, reporter: ReturnType<typeof personOf>): ActionOutcome | null {
  const definition = deps.reports?.definition(data.flow);
  if (!deps.reports || !definition) return null;
  if (reporter) void deps.reports.prepare(reporter, 0);
  const card = reportFormCard({ definition, lang: data.lang, submissionKey: deps.reports.newSubmissionKey(), now: deps.clock.now() });
  return { kind: 'post', card, note: routeTexts[data.lang].formOnItsWay, ...(isUrgent(definition) ? { before: definition.intro[data.lang] } : {}) };
}

function instruction(deps: TeamsDeps, data: ReportStartData): ActionOutcome {
  const reply = data.topic ? answerTopic(data.topic, data.lang, deps.knowledge.current()) : null;
  const guideline = reply?.kind === 'answer' ? { text: reply.text, source: reply.source } : null;
  return { kind: 'post', card: reportCard({ flow: data.flow, lang: data.lang, guideline }), note: texts[data.lang].topicOnItsWay };
}

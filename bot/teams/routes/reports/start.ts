import type { Application } from '@microsoft/teams-ai';
import { MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Lang } from '../../../domain/knowledge/types';
import type { ReportDefinition } from '../../../domain/reports/definition';
import { reportFormCard } from '../../cards/reports';
import type { ReportUseCases, TeamsDeps } from '../../deps';
import { cardMessage } from '../../reply';
import { answerQuestion } from '../question';
import { personOf } from './people';

/** The report commands of the manifest's command list (sv and en-us), as whole messages. */
export const REPORT_COMMANDS: readonly { pattern: RegExp; flow: string; lang: Lang }[] = [
  { pattern: /^\s*rapportera\s+hot\s*[.!]*\s*$/iu, flow: 'phone-threat', lang: 'sv' },
  { pattern: /^\s*rapportera\s+(borttappad|tappad|stulen)\s+(jobb)?mobil\s*[.!]*\s*$/iu, flow: 'lost-phone', lang: 'sv' },
  { pattern: /^\s*report\s+(a\s+)?threat\s*[.!]*\s*$/iu, flow: 'phone-threat', lang: 'en' },
  { pattern: /^\s*report\s+(a\s+)?(lost|stolen)\s+(work\s+)?phone\s*[.!]*\s*$/iu, flow: 'lost-phone', lang: 'en' },
];

/** Flows where someone may be in danger: what matters now comes first, on its own. */
const URGENT_FLOWS: ReadonlySet<string> = new Set(['phone-threat']);

/** In a message turn the directory may take its time (Teams re-sends only after about 15 s). */
const MESSAGE_TURN_WAIT_MS = 4000;

export function registerReportCommands(app: Application, deps: TeamsDeps): void {
  const reports = deps.reports;
  if (!reports) return;
  for (const command of REPORT_COMMANDS) {
    app.message(command.pattern, async (context) => {
      // kansliet may have removed the flow: then the words are an ordinary question.
      if (!(await startReport(context, reports, command.flow, command.lang, deps))) await answerQuestion(context, deps, context.activity.text);
    });
  }
}

/** A message turn that starts a report: what matters now (for a threat), then the form. False for an unknown flow. */
export async function startReport(context: TurnContext, reports: ReportUseCases, flow: string, lang: Lang, deps: Pick<TeamsDeps, 'clock'>): Promise<boolean> {
  const definition = reports.definition(flow);
  if (!definition) return false;
  const reporter = personOf(context.activity);
  if (reporter) await reports.prepare(reporter, MESSAGE_TURN_WAIT_MS);
  await context.sendActivities(reportStartMessages(definition, lang, reports.newSubmissionKey(), deps.clock.now()));
  return true;
}

export function reportStartMessages(definition: ReportDefinition, lang: Lang, submissionKey: string, now: Date): Partial<Activity>[] {
  const form = cardMessage(reportFormCard({ definition, lang, submissionKey, now }));
  return URGENT_FLOWS.has(definition.id) ? [MessageFactory.text(definition.intro[lang]), form] : [form];
}

export function isUrgent(definition: ReportDefinition): boolean {
  return URGENT_FLOWS.has(definition.id);
}

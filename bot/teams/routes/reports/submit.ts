import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { CANCEL_VERB, SUBMIT_VERB, formInput, reportCancelledCard, reportConfirmationCard, reportErrorCard, reportFormCard } from '../../cards/reports';
import type { ReportUseCases, SubmitOutcome, TeamsDeps } from '../../deps';
import { registerCardAction, type ActionOutcome } from '../card-action';
import { formData, type FormData } from './data';
import { personOf } from './people';
import { routeTexts } from './texts';

/**
 * The form's buttons. Submit stores the case (once per form) and answers at once with the case
 * number; the manager's card goes out through the outbox. Errors show the form again, marked.
 */
export function registerReportSubmit(app: Application, deps: TeamsDeps): void {
  const reports = deps.reports;
  if (!reports) return;
  registerCardAction(app, SUBMIT_VERB, formData, async (context, data) => outcomeOf(await submit(context, reports, data), data, deps));
  registerCardAction(app, CANCEL_VERB, formData, (_context, data) => ({ kind: 'replace', card: reportCancelledCard(data.lang) }));
}

async function submit(context: TurnContext, reports: ReportUseCases, data: FormData): Promise<SubmitOutcome> {
  const reporter = personOf(context.activity);
  const definition = reports.definition(data.flow) ?? null;
  if (!reporter) return { kind: 'refused', message: { sv: routeTexts.sv.notInTeams, en: routeTexts.en.notInTeams }, definition };
  const form = definition ? formInput(definition, data) : data;
  return reports.submit({ flow: data.flow, submissionKey: data.submissionKey, reporter, form });
}

function outcomeOf(result: SubmitOutcome, data: FormData, deps: TeamsDeps): ActionOutcome {
  const lang = data.lang;
  switch (result.kind) {
    case 'stored':
      return { kind: 'replace', card: reportConfirmationCard({ definition: result.definition, lang, caseId: result.case.id, sentTo: result.sentTo }) };
    case 'invalid':
      return { kind: 'replace', card: reportFormCard({ definition: result.definition, lang, submissionKey: data.submissionKey, now: deps.clock.now(), values: data, errors: result.errors }) };
    case 'refused':
      // "Try again in a moment" keeps the filled-in form where it is.
      return result.tryAgain ? { kind: 'text', text: result.message[lang] } : { kind: 'replace', card: reportErrorCard(lang, result.message[lang]) };
  }
}

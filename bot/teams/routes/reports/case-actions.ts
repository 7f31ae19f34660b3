import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { parseCommand } from '../../../domain/cases/commands';
import type { Lang } from '../../../domain/knowledge/types';
import { MANAGER_ACTION_IDS } from '../../../domain/reports/definition';
import { managerCaseCard, readOnlyCaseCard, reportErrorCard } from '../../cards/reports';
import type { ActOutcome, ReportUseCases, TeamsDeps } from '../../deps';
import { texts } from '../../texts';
import { registerCardAction, type ActionOutcome } from '../card-action';
import { caseActionData, type CaseActionData } from './data';
import { langOfViewer, personOf } from './people';
import { routeTexts } from './texts';

/**
 * The manager card's buttons, checked on the server: the case changes under one write lock and
 * the clicked card shows the new state for everyone; a refusal ("Redan kvitterad av Maja 10:42",
 * not an assignee) is shown only to the person who clicked, and nothing changes.
 */
export function registerCaseActions(app: Application, deps: TeamsDeps): void {
  const reports = deps.reports;
  if (!reports) return;
  for (const verb of MANAGER_ACTION_IDS) {
    registerCardAction(app, verb, caseActionData, (context, data) => caseAction(context, deps, reports, verb, data));
  }
}

async function caseAction(context: TurnContext, deps: TeamsDeps, reports: ReportUseCases, verb: string, data: CaseActionData): Promise<ActionOutcome> {
  const lang = await langOfViewer(context.activity, deps.conversationRefs);
  const command = parseCommand(verb, data);
  const actor = personOf(context.activity);
  if (!command) return { kind: 'text', text: texts[lang].staleAction };
  if (!actor) return { kind: 'respond', card: reportErrorCard(lang, routeTexts[lang].notInTeams) };
  const result = await reports.act(data.caseId, command, actor, data.version);
  const refreshUserIds = result.kind === 'missing' ? [] : await reports.refreshIds(result.case);
  return outcomeOf(result, lang, refreshUserIds);
}

function outcomeOf(result: ActOutcome, lang: Lang, refreshUserIds: string[]): ActionOutcome {
  switch (result.kind) {
    case 'missing':
      return { kind: 'respond', card: reportErrorCard(lang, routeTexts[lang].caseMissing) };
    case 'done':
      return { kind: 'update', card: managerCaseCard({ case: result.case, definition: result.definition, lang, refreshUserIds }) };
    case 'refused': {
      const view = { case: result.case, definition: result.definition, lang, notice: result.message[lang], refreshUserIds };
      // Someone outside the chain learns that they may not act, and nothing of what was reported.
      return { kind: 'respond', card: result.reason === 'not-assignee' ? readOnlyCaseCard(view) : managerCaseCard(view) };
    }
  }
}

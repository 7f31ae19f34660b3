import type { Application } from '@microsoft/teams-ai';
import { REFRESH_VERB, managerCaseCard, readOnlyCaseCard, reportErrorCard } from '../../cards/reports';
import { adminCaseCard, reporterCaseCard } from '../../cards/reports/case-overview';
import type { CaseAccess, TeamsDeps } from '../../deps';
import { registerCardAction } from '../card-action';
import { caseRefreshData } from './data';
import { langOfViewer } from './people';
import { routeTexts } from './texts';

/** Who sees which card: only the chain gets buttons, only the chain and admins see what was reported. */
const cardFor: Record<CaseAccess, typeof managerCaseCard> = {
  chain: managerCaseCard,
  admin: adminCaseCard,
  reporter: reporterCaseCard,
  other: readOnlyCaseCard,
};

/**
 * Teams asks for the live card when someone in the card's refresh list opens it: the assignee
 * chain gets the buttons, kansliet's admins the whole case read-only, the reporter its state,
 * everyone else the case number and state only. Answered per person, never written back to the
 * shared message.
 */
export function registerCaseRefresh(app: Application, deps: TeamsDeps): void {
  const reports = deps.reports;
  if (!reports) return;
  registerCardAction(app, REFRESH_VERB, caseRefreshData, async (context, data) => {
    const lang = await langOfViewer(context.activity, deps.conversationRefs);
    const found = await reports.view(data.caseId, context.activity.from?.aadObjectId);
    if (!found) return { kind: 'respond', card: reportErrorCard(lang, routeTexts[lang].caseMissing) };
    return { kind: 'respond', card: cardFor[found.access]({ ...found, lang, refreshUserIds: await reports.refreshIds(found.case) }) };
  });
}

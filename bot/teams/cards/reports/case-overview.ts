import type { Case } from '../../../domain/cases/case';
import type { Lang } from '../../../domain/knowledge/types';
import type { ReportDefinition } from '../../../domain/reports/definition';
import { reportTexts } from '../../report-texts';
import { text, type CardElement } from '../adaptive';
import { caseCard, caseHeading, latestNotes, reportDetails, responsibleElements, stateElements, type CaseCard, type CaseCardOptions } from './case-view';

/** Read-only views of a case for people who may see it but not act on it. */

const overviewTexts: Record<Lang, { admin: string; reporter: string }> = {
  sv: {
    admin: 'Du ser ärendet som administratör. Bara den ansvariga chefen kan ändra det.',
    reporter: 'Det här är din rapport. Du får ett meddelande här när något händer i ärendet.',
  },
  en: {
    admin: 'You are viewing this case as an administrator. Only the responsible manager can change it.',
    reporter: 'This is your report. You get a message here when something happens in the case.',
  },
};

/**
 * Kansliet's admins see everything the manager sees (fields, checklist, notes) but no buttons or
 * inputs: they follow cases, the chain acts on them.
 */
export function adminCaseCard(o: CaseCardOptions): CaseCard {
  const { case: c, definition: def, lang } = o;
  const body: CardElement[] = [
    caseHeading(c, def, lang),
    ...stateElements(c, lang),
    ...responsibleElements(c, lang),
    ...reportDetails(c, def, lang),
    ...checklistList(c, def, lang),
    ...latestNotes(c, lang),
    text(overviewTexts[lang].admin, { isSubtle: true, size: 'Small', separator: true, spacing: 'Medium' }),
  ];
  return caseCard(o, body);
}

/** The reporter follows their own case: its number and state, no buttons (what they wrote is in their chat already). */
export function reporterCaseCard(o: CaseCardOptions): CaseCard {
  const { case: c, definition: def, lang } = o;
  const body: CardElement[] = [caseHeading(c, def, lang), ...stateElements(c, lang), text(overviewTexts[lang].reporter, { isSubtle: true, spacing: 'Small' })];
  return caseCard(o, body);
}

function checklistList(c: Case, def: ReportDefinition, lang: Lang): CardElement[] {
  if (def.checklist.length === 0) return [];
  const t = reportTexts[lang].manager;
  return [
    text(t.checklistHeading, { weight: 'Bolder', separator: true, spacing: 'Medium' }),
    ...def.checklist.map((item) => text(`${c.checklist[item.id] ? '☑' : '☐'} ${item.label[lang]}`, { spacing: 'Small' })),
  ];
}


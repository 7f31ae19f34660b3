import type { Lang } from '../../../domain/knowledge/types';
import type { ReportDefinition } from '../../../domain/reports/definition';
import { reportTexts } from '../../report-texts';
import { card, heading, text, type Card } from '../adaptive';
import { labelled, plainText } from './plain';

export interface ConfirmationOptions {
  definition: ReportDefinition;
  lang: Lang;
  caseId: string;
  /** Who the report went to first; null if it is not known yet. */
  sentTo: string | null;
  /** Threats repeat the 112 advice: the reporter may still be shaken. */
  showEmergency?: boolean;
}

/** What the reporter sees once the case is stored: the case number and who has it. */
export function reportConfirmationCard(o: ConfirmationOptions): Card {
  const t = reportTexts[o.lang].confirmation;
  const sentTo = o.sentTo ? t.sentTo(o.sentTo) : t.noRecipientYet;
  const body = [
    heading(t.title),
    text(o.definition.title[o.lang], { isSubtle: true, spacing: 'Small' }),
    ...labelled(t.caseNumber, o.caseId),
    plainText(sentTo),
    text(t.updates, { spacing: 'Small' }),
    ...((o.showEmergency ?? o.definition.id === 'phone-threat') ? [text(t.emergency, { weight: 'Bolder', color: 'Attention' })] : []),
  ];
  return card(`${t.title}. ${t.caseNumber} ${o.caseId}. ${sentTo}`, body);
}

/** A step in the case, told to the reporter (the text from reporterUpdateText). */
export function reporterUpdateCard(caseId: string, updateText: string, lang: Lang): Card {
  return card(updateText, [text(reportTexts[lang].updateTitle(caseId), { weight: 'Bolder' }), plainText(updateText)]);
}

/** The form's replacement after Cancel. */
export function reportCancelledCard(lang: Lang): Card {
  const t = reportTexts[lang].cancelled;
  return card(`${t.title}. ${t.body}`, [heading(t.title), text(t.body)]);
}

/** Something failed on our side; `message` is a domain message the person can act on. */
export function reportErrorCard(lang: Lang, message?: string): Card {
  const t = reportTexts[lang].error;
  const body = message ?? t.body;
  return card(`${t.title}. ${body}`, [text(t.title, { weight: 'Bolder', color: 'Attention' }), plainText(body)]);
}

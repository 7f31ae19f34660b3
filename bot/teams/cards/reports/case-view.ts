import { assignee, type Case } from '../../../domain/cases/case';
import { statusText } from '../../../domain/cases/texts';
import type { Lang } from '../../../domain/knowledge/types';
import type { FieldDefinition, ReportDefinition } from '../../../domain/reports/definition';
import type { FieldValue } from '../../../domain/reports/form';
import { localClock, localDateTime } from '../../../domain/reports/local-time';
import { reportTexts } from '../../report-texts';
import { card, text, type Card, type CardAction, type CardElement } from '../adaptive';
import { labelled, MAX_REFRESH_USERS, plainText, type Refresh } from './plain';

/** Pieces shared by the case cards: the manager's live card, the admin's and reporter's views, the read-only status. */

export type CaseCard = Card & { refresh: Refresh };

export interface CaseCardOptions {
  case: Case;
  definition: ReportDefinition;
  lang: Lang;
  /** A message on top, e.g. "Redan kvitterad av Maja 10:42" after a second click. */
  notice?: string;
  /** Teams ids (MRIs) that get the card refreshed automatically; none by default. */
  refreshUserIds?: readonly string[];
}

/** Every case card: its fallback text names the report, the case and its state; Teams refreshes it per person. */
export function caseCard(o: CaseCardOptions, body: CardElement[], actions: CardAction[] = []): CaseCard {
  const { case: c, definition: def, lang } = o;
  return { ...card(`${def.title[lang]} ${c.id}: ${stateLine(c, lang)}`, body, actions), refresh: refreshFor(c, o.refreshUserIds) };
}

/** What was reported, by whom and when: shown in full to the assignee chain and to admins. */
export function reportDetails(c: Case, def: ReportDefinition, lang: Lang): CardElement[] {
  const t = reportTexts[lang].manager;
  return [
    ...labelled(t.reportedBy, c.reporter.name),
    ...labelled(t.reportedAt, localDateTime(new Date(c.createdAt))),
    { type: 'Container', separator: true, spacing: 'Medium', items: def.fields.flatMap((f) => labelled(f.label[lang], fieldValueText(f, c.fields[f.id], lang))) },
  ];
}

export const REFRESH_VERB = 'case.refresh';

export function caseHeading(c: Case, def: ReportDefinition, lang: Lang): CardElement {
  return text(`${def.title[lang]} · ${c.id}`, { size: 'Medium', weight: 'Bolder', style: 'heading' });
}

/** "Ny – väntar…", "Kvitterad av Maja 10:42" or "Avslutad av Maja 11:03". */
export function stateLine(c: Case, lang: Lang): string {
  const t = reportTexts[lang].manager.state;
  if (c.state === 'closed') {
    const closed = [...c.events].reverse().find((e) => e.type === 'closed');
    return closed ? t.closed(closed.actor.name, localClock(new Date(closed.at))) : reportTexts[lang].closedState;
  }
  if (c.state === 'acknowledged' && c.acknowledgedBy && c.acknowledgedAt) return t.acknowledged(c.acknowledgedBy.name, localClock(new Date(c.acknowledgedAt)));
  return t.open;
}

export function stateElements(c: Case, lang: Lang): CardElement[] {
  const t = reportTexts[lang].manager;
  const out: CardElement[] = [plainText(stateLine(c, lang), { weight: 'Bolder', color: c.state === 'open' ? 'Attention' : 'Good' })];
  if (c.status) out.push(plainText(`${t.statusHeading}: ${statusText(c.status)[lang]}`, {}, 'Small'));
  return out;
}

/** Who has the case now, and why it came to them; only for an open case. */
export function responsibleElements(c: Case, lang: Lang): CardElement[] {
  if (c.state !== 'open') return [];
  const t = reportTexts[lang].manager;
  const now = assignee(c);
  const out: CardElement[] = [];
  if (now) out.push(plainText(`${t.responsible}: ${now.person.name}`, {}, 'Small'));
  const escalated = [...c.events].reverse().find((e) => e.type === 'escalated');
  const from = escalated?.type === 'escalated' && escalated.from ? c.chain.find((l) => l.person.aadObjectId.toLowerCase() === escalated.from?.toLowerCase()) : undefined;
  if (from) out.push(plainText(t.escalatedFrom(from.person.name), { isSubtle: true, size: 'Small' }, 'Small'));
  if (c.dueAt) out.push(text(t.dueBy(localClock(new Date(c.dueAt))), { isSubtle: true, size: 'Small', spacing: 'Small' }));
  return out;
}

export function fieldValueText(f: FieldDefinition, v: FieldValue | undefined, lang: Lang): string {
  const t = reportTexts[lang];
  if (v === undefined || v === null || v === '') return t.manager.empty;
  if (f.kind === 'toggle') return v === true ? t.form.yes : t.form.no;
  if (typeof v !== 'string') return String(v);
  if (f.kind === 'choice') return f.choices?.find((c) => c.value === v)?.label[lang] ?? v;
  if (f.kind === 'datetime') {
    const at = new Date(v);
    return Number.isNaN(at.getTime()) ? v : localDateTime(at);
  }
  return v;
}

/**
 * Teams refreshes the card automatically for the users listed, by their Teams ids (MRIs, "29:…"),
 * at most 60; the caller passes those known for the chain. With none known the list is empty, and
 * Teams offers "Refresh card" in the card's menu instead.
 */
export function refreshFor(c: Case, userIds: readonly string[] = []): Refresh {
  return { action: { type: 'Action.Execute', verb: REFRESH_VERB, data: { caseId: c.id } }, userIds: [...new Set(userIds)].slice(0, MAX_REFRESH_USERS) };
}

/** How many notes a case card shows; all of them are in the audit trail (npm run cases). */
export const NOTES_SHOWN = 3;

/** The latest notes, so a long-running case stays under Teams' 28 KB. */
export function latestNotes(c: Case, lang: Lang): CardElement[] {
  const t = reportTexts[lang].manager;
  const notes = c.events.flatMap((e) => (e.type === 'note' ? [e] : []));
  if (notes.length === 0) return [];
  const shown = notes.slice(-NOTES_SHOWN);
  const hidden = notes.length - shown.length;
  return [
    text(t.notesHeading, { weight: 'Bolder', separator: true, spacing: 'Medium' }),
    ...(hidden > 0 ? [text(t.earlierNotes(hidden), { isSubtle: true, size: 'Small', spacing: 'Small' })] : []),
    ...shown.flatMap((n) => labelled(t.noteBy(n.actor.name, localDateTime(new Date(n.at))), n.text)),
  ];
}

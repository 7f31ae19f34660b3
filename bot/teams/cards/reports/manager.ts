import type { Case } from '../../../domain/cases/case';
import type { Lang } from '../../../domain/knowledge/types';
import { allows, type ManagerActionId, type ReportDefinition } from '../../../domain/reports/definition';
import { localDateTime } from '../../../domain/reports/local-time';
import { reportTexts } from '../../report-texts';
import { actionSet, card, text, type Card, type CardAction, type CardElement } from '../adaptive';
import { caseHeading, fieldValueText, latestNotes, refreshFor, responsibleElements, stateElements, stateLine } from './case-view';
import { labelled, plainText, type Refresh } from './plain';

export type CaseCard = Card & { refresh: Refresh };

export interface CaseCardOptions {
  case: Case;
  definition: ReportDefinition;
  lang: Lang;
  /** A message on top, e.g. "Redan kvitterad av Maja 10:42" after a second click. */
  notice?: string;
  /** Who gets the live card on refresh; defaults to the case's assignee chain. */
  refreshUserIds?: readonly string[];
}

/** Max characters of the note input; the domain refuses longer notes too. */
export const NOTE_INPUT_MAX = 2000;

/** The latest notes only, so a long-running case stays under Teams' 28 KB card limit; all are in the audit trail. */

/**
 * The manager's card for a case in its current state: what was reported, the state, and the
 * buttons the report type allows. Every button carries the version it was built from, so a click
 * on an old card is recognised on the server.
 */
export function managerCaseCard(o: CaseCardOptions): CaseCard {
  const { case: c, definition: def, lang } = o;
  const t = reportTexts[lang].manager;
  const body: CardElement[] = [
    ...noticeElements(o.notice),
    caseHeading(c, def, lang),
    ...stateElements(c, lang),
    ...responsibleElements(c, lang),
    ...labelled(t.reportedBy, c.reporter.name),
    ...labelled(t.reportedAt, localDateTime(new Date(c.createdAt))),
    { type: 'Container', separator: true, spacing: 'Medium', items: def.fields.flatMap((f) => labelled(f.label[lang], fieldValueText(f, c.fields[f.id], lang))) },
    ...checklistElements(o),
    ...latestNotes(c, lang),
    ...noteInputElements(o),
  ];
  return { ...card(`${def.title[lang]} ${c.id}: ${stateLine(c, lang)}`, body, mainActions(o)), refresh: refreshFor(c, o.refreshUserIds) };
}

function noticeElements(notice: string | undefined): CardElement[] {
  return notice ? [{ type: 'Container', style: 'attention', items: [plainText(notice, { weight: 'Bolder' })] }] : [];
}

function button(o: CaseCardOptions, action: ManagerActionId, associatedInputs: 'auto' | 'none', style?: 'positive'): CardAction {
  const title = o.definition.actions.find((a) => a.id === action)?.label[o.lang] ?? action;
  const data = { caseId: o.case.id, version: o.case.version };
  const common = { title, associatedInputs, ...(style ? { style } : {}) };
  return { type: 'Action.Execute', verb: action, data, ...common, fallback: { type: 'Action.Submit', data: { ...data, verb: action }, ...common } };
}

function mainActions(o: CaseCardOptions): CardAction[] {
  const { case: c, definition: def } = o;
  if (c.state === 'closed') return [];
  const out: CardAction[] = [];
  if (c.state === 'open' && allows(def, 'acknowledge')) out.push(button(o, 'acknowledge', 'none', 'positive'));
  if (allows(def, 'block-ordered') && c.status === null) out.push(button(o, 'block-ordered', 'none'));
  if (allows(def, 'blocked') && c.status !== 'blocked') out.push(button(o, 'blocked', 'none'));
  if (allows(def, 'close')) out.push(button(o, 'close', 'none'));
  return out;
}

/** One toggle per item while the case is running; a plain list once it is closed. */
function checklistElements(o: CaseCardOptions): CardElement[] {
  const { case: c, definition: def, lang } = o;
  if (def.checklist.length === 0) return [];
  const t = reportTexts[lang].manager;
  const headingEl = text(t.checklistHeading, { weight: 'Bolder', separator: true, spacing: 'Medium' });
  if (c.state === 'closed' || !allows(def, 'checklist')) {
    return [headingEl, ...def.checklist.map((item) => text(`${c.checklist[item.id] ? '☑' : '☐'} ${item.label[lang]}`, { spacing: 'Small' }))];
  }
  const toggles: CardElement[] = def.checklist.map((item) => ({
    type: 'Input.Toggle',
    id: `check.${item.id}`,
    title: item.label[lang],
    valueOn: 'true',
    valueOff: 'false',
    value: c.checklist[item.id] ? 'true' : 'false',
    wrap: true,
  }));
  return [headingEl, ...toggles, actionSet([button(o, 'checklist', 'auto')])];
}

function noteInputElements(o: CaseCardOptions): CardElement[] {
  if (o.case.state === 'closed' || !allows(o.definition, 'note')) return [];
  const t = reportTexts[o.lang].manager;
  return [
    { type: 'Input.Text', id: 'note', label: t.noteLabel, placeholder: t.notePlaceholder, isMultiline: true, maxLength: NOTE_INPUT_MAX, separator: true, spacing: 'Medium' },
    actionSet([button(o, 'note', 'auto')]),
  ];
}

/**
 * What people outside the assignee chain see (e.g. in a shared channel, or a forwarded card):
 * the case number and its state, never what was reported.
 */
export function readOnlyCaseCard(o: CaseCardOptions): CaseCard {
  const { case: c, definition: def, lang } = o;
  const body: CardElement[] = [...noticeElements(o.notice), caseHeading(c, def, lang), ...stateElements(c, lang), text(reportTexts[lang].readOnly.body, { isSubtle: true, spacing: 'Small' })];
  return { ...card(`${def.title[lang]} ${c.id}: ${stateLine(c, lang)}`, body), refresh: refreshFor(c, o.refreshUserIds) };
}

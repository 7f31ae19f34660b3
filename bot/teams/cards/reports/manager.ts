import { allows, type ManagerActionId } from '../../../domain/reports/definition';
import { reportTexts } from '../../report-texts';
import { actionSet, text, type CardAction, type CardElement } from '../adaptive';
import { caseCard, caseHeading, latestNotes, reportDetails, responsibleElements, stateElements, type CaseCard, type CaseCardOptions } from './case-view';
import { plainText } from './plain';

export type { CaseCard, CaseCardOptions } from './case-view';

/** Max characters of the note input; the domain refuses longer notes too. */
export const NOTE_INPUT_MAX = 2000;

/**
 * The manager's card for a case in its current state: what was reported, the state, and the
 * buttons the report type allows. Every button carries the version it was built from, so a click
 * on an old card is recognised on the server.
 */
export function managerCaseCard(o: CaseCardOptions): CaseCard {
  const { case: c, definition: def, lang } = o;
  const body: CardElement[] = [
    ...noticeElements(o.notice),
    caseHeading(c, def, lang),
    ...stateElements(c, lang),
    ...responsibleElements(c, lang),
    ...reportDetails(c, def, lang),
    ...checklistElements(o),
    ...latestNotes(c, lang),
    ...noteInputElements(o),
  ];
  return caseCard(o, body, mainActions(o));
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
  return caseCard(o, body);
}

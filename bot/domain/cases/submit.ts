import type { Localized } from '../knowledge/types';
import type { ChainLink, Person } from '../directory/directory';
import { managerCard, reporterUpdate, type IdSource, type OutgoingMessage } from '../outbox/message';
import { caseYear, formatCaseNumber, type NextNumber } from '../reports/case-number';
import type { ReportDefinition } from '../reports/definition';
import { validateForm, type FieldError } from '../reports/form';
import { SYSTEM, minutesLater, type Case, type CaseEvent } from './case';

export type SubmitResult =
  | { ok: true; case: Case; events: CaseEvent[]; outbox: OutgoingMessage[] }
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  | { ok: false; reason: 'no-recipient'; message: Localized };

const noRecipient: Localized = {
  sv: 'Din rapport kunde inte skickas: det finns ingen chef eller beredskap att skicka den till. Ring din chef direkt, och kontakta kansliet så att de lägger in dig i katalogen.',
  en: 'Your report could not be sent: there is no manager or on-call person to send it to. Call your manager directly, and ask kansliet to add you to the directory.',
};

/**
 * Turns a submitted form into a new case and the messages it must cause: the card to the first
 * in line and the reporter's confirmation. A case number is taken only for a valid form.
 * The caller persists case, events and outbox in one transaction before answering the reporter.
 */
export function submitReport(
  def: ReportDefinition,
  form: Readonly<Record<string, unknown>>,
  reporter: Person,
  chain: ChainLink[],
  now: Date,
  nextNumber: NextNumber,
  ids: IdSource,
): SubmitResult {
  const checked = validateForm(def, form, now);
  if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
  const first = chain[0];
  if (!first) return { ok: false, reason: 'no-recipient', message: noRecipient };
  const year = caseYear(now);
  const id = formatCaseNumber(def.prefix, year, nextNumber(def.prefix, year));
  const at = now.toISOString();
  const events: CaseEvent[] = [{ at, actor: reporter, type: 'created' }];
  if (first.role !== 'manager') {
    events.push({ at, actor: SYSTEM, type: 'escalated', reason: 'no-manager', from: null, to: first.person.aadObjectId });
  }
  const c: Case = {
    id,
    kind: def.id,
    reporter,
    fields: checked.values,
    state: 'open',
    chain,
    assigneeIndex: 0,
    version: 1,
    dueAt: minutesLater(now, def.escalateAfterMinutes),
    escalateAfterMinutes: def.escalateAfterMinutes,
    createdAt: at,
    checklist: Object.fromEntries(def.checklist.map((item) => [item.id, false])),
    status: null,
    acknowledgedBy: null,
    acknowledgedAt: null,
    events,
  };
  const outbox = [
    managerCard(ids, id, first.person, now),
    reporterUpdate(ids, id, reporter, { type: 'received', assignee: first.person.name, noManager: first.role !== 'manager' }, now),
  ];
  return { ok: true, case: c, events, outbox };
}

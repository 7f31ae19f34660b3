import type { Lang, Localized } from '../knowledge/types';
import type { CaseStatusChange, EscalationReason, ReporterUpdate } from '../outbox/message';
import { localClock } from '../reports/local-time';

const both = (sv: string, en: string): Localized => ({ sv, en });

export const refusals = {
  notAssignee: (caseId: string) =>
    both(
      `Du kan inte ändra ärende ${caseId}: det är bara den ansvariga chefen och ersättarna som kan göra det.`,
      `You cannot change case ${caseId}: only the responsible manager and their deputies can.`,
    ),
  notAllowed: both('Det går inte att göra så med den här typen av ärende.', 'That cannot be done with this kind of case.'),
  unknownItem: (item: string) => both(`Punkten ”${item}” finns inte i checklistan.`, `The checklist has no item "${item}".`),
  emptyNote: both('Anteckningen är tom. Skriv något och försök igen.', 'The note is empty. Write something and try again.'),
  noteTooLong: (max: number) => both(`Anteckningen är för lång: högst ${max} tecken.`, `The note is too long: at most ${max} characters.`),
  stale: both(
    'Ärendet har ändrats sedan kortet visades. Här är det senaste läget – försök igen om det behövs.',
    'The case changed since this card was shown. Here is the latest state; try again if still needed.',
  ),
  closed: (by: string, at: Date) => both(`Ärendet är redan avslutat av ${by} ${localClock(at)}.`, `The case was already closed by ${by} at ${localClock(at)}.`),
  acknowledged: (by: string, at: Date) => both(`Redan kvitterad av ${by} ${localClock(at)}`, `Already acknowledged by ${by} at ${localClock(at)}`),
  statusDone: (status: CaseStatusChange) => both(`Redan markerat: ${statusText(status).sv}.`, `Already marked: ${statusText(status).en}.`),
  checklistDone: both('Checklistan är redan sparad så.', 'The checklist is already saved like that.'),
};

export function statusText(status: CaseStatusChange): Localized {
  return status === 'blocked' ? both('telefonen är spärrad', 'the phone is blocked') : both('spärr beställd', 'block ordered');
}

const reasons: Record<EscalationReason, Localized> = {
  'no-ack': both('ingen hann svara i tid', 'nobody responded in time'),
  unreachable: both('det gick inte att nå mottagaren i Teams', 'the recipient could not be reached in Teams'),
  'no-manager': both('ingen chef finns registrerad för dig', 'no manager is registered for you'),
};

export function escalationReason(reason: EscalationReason): Localized {
  return reasons[reason];
}

/** The short update the reporter gets in their chat at every step. */
export function reporterUpdateText(caseId: string, u: ReporterUpdate, lang: Lang): string {
  const pick = (l: Localized): string => l[lang];
  switch (u.type) {
    case 'received':
      if (u.noManager && u.assignee) {
        return pick(
          both(
            `Din rapport är mottagen som ärende ${caseId}. Ingen chef finns registrerad för dig, så den har skickats till ${u.assignee}.`,
            `Your report is registered as case ${caseId}. No manager is registered for you, so it was sent to ${u.assignee}.`,
          ),
        );
      }
      return pick(
        u.assignee
          ? both(`Din rapport är mottagen som ärende ${caseId} och har skickats till ${u.assignee}.`, `Your report is registered as case ${caseId} and was sent to ${u.assignee}.`)
          : both(`Din rapport är mottagen som ärende ${caseId}.`, `Your report is registered as case ${caseId}.`),
      );
    case 'acknowledged':
      return pick(both(`${u.by} tar hand om ärende ${caseId} (${localClock(new Date(u.at))}).`, `${u.by} is handling case ${caseId} (${localClock(new Date(u.at))}).`));
    case 'status':
      return pick(both(`Ärende ${caseId}: ${statusText(u.status).sv} (${u.by}, ${localClock(new Date(u.at))}).`, `Case ${caseId}: ${statusText(u.status).en} (${u.by}, ${localClock(new Date(u.at))}).`));
    case 'escalated':
      return pick(
        both(
          `Ärende ${caseId} har gått vidare till ${u.to} eftersom ${escalationReason(u.reason).sv}.`,
          `Case ${caseId} was passed on to ${u.to} because ${escalationReason(u.reason).en}.`,
        ),
      );
    case 'closed':
      return pick(both(`Ärende ${caseId} är avslutat av ${u.by} (${localClock(new Date(u.at))}).`, `Case ${caseId} was closed by ${u.by} (${localClock(new Date(u.at))}).`));
  }
}

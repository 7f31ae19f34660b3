import type { Lang } from '../domain/knowledge/types';

/** Strings on report and case cards, one set per language; report-specific wording lives in knowledge/reports.yaml. */
export interface ReportTexts {
  form: {
    submit: string;
    cancel: string;
    date: string;
    time: string;
    datetimeHint: string;
    required: (label: string) => string;
    fixErrors: string;
    yes: string;
    no: string;
  };
  cancelled: { title: string; body: string };
  confirmation: {
    title: string;
    caseNumber: string;
    sentTo: (name: string) => string;
    noRecipientYet: string;
    updates: string;
    emergency: string;
  };
  updateTitle: (caseId: string) => string;
  manager: {
    reportedBy: string;
    reportedAt: string;
    responsible: string;
    state: { open: string; acknowledged: (by: string, at: string) => string; closed: (by: string, at: string) => string };
    statusHeading: string;
    checklistHeading: string;
    noteLabel: string;
    notePlaceholder: string;
    notesHeading: string;
    noteBy: (by: string, at: string) => string;
    earlierNotes: (count: number) => string;
    empty: string;
    escalatedFrom: (name: string) => string;
    dueBy: (at: string) => string;
  };
  readOnly: { body: string };
  error: { title: string; body: string };
  closedState: string;
}

const sv: ReportTexts = {
  form: {
    submit: 'Skicka rapporten',
    cancel: 'Avbryt',
    date: 'Datum',
    time: 'Klockslag',
    datetimeHint: 'Lämna som det är om det var nyss.',
    required: (label) => `Fyll i ”${label}”.`,
    fixErrors: 'Rapporten är inte skickad än. Rätta det som är markerat i rött och skicka igen.',
    yes: 'Ja',
    no: 'Nej',
  },
  cancelled: { title: 'Rapporten är avbruten', body: 'Inget har skickats. Skriv till mig igen om du vill rapportera senare.' },
  confirmation: {
    title: 'Tack, din rapport är skickad',
    caseNumber: 'Ärendenummer',
    sentTo: (name) => `Rapporten har gått till ${name}.`,
    noRecipientYet: 'Rapporten är sparad och skickas till din chef.',
    updates: 'Du får besked här i chatten när något händer i ärendet.',
    emergency: 'Vid akut fara: ring 112.',
  },
  updateTitle: (caseId) => `Ärende ${caseId}`,
  manager: {
    reportedBy: 'Rapporterat av',
    reportedAt: 'Rapporterat',
    responsible: 'Ansvarig nu',
    state: {
      open: 'Ny – väntar på att någon tar hand om den',
      acknowledged: (by, at) => `Kvitterad av ${by} ${at}`,
      closed: (by, at) => `Avslutad av ${by} ${at}`,
    },
    statusHeading: 'Läge',
    checklistHeading: 'Checklista',
    noteLabel: 'Anteckning',
    notePlaceholder: 'Skriv en kort anteckning',
    notesHeading: 'Anteckningar',
    noteBy: (by, at) => `${by}, ${at}`,
    earlierNotes: (count) => (count === 1 ? '1 tidigare anteckning finns i ärendets historik.' : `${count} tidigare anteckningar finns i ärendets historik.`),
    empty: '–',
    escalatedFrom: (name) => `Skickad vidare från ${name}.`,
    dueBy: (at) => `Går vidare till nästa i tur ${at} om ingen tar hand om den.`,
  },
  readOnly: { body: 'Ärendet hanteras av ansvarig chef. Bara chefen och ersättarna kan se detaljerna.' },
  error: { title: 'Något gick fel', body: 'Det gick inte att göra det just nu. Försök igen om en stund.' },
  closedState: 'Avslutad',
};

const en: ReportTexts = {
  form: {
    submit: 'Send the report',
    cancel: 'Cancel',
    date: 'Date',
    time: 'Time',
    datetimeHint: 'Leave as it is if it just happened.',
    required: (label) => `Please fill in "${label}".`,
    fixErrors: 'The report has not been sent yet. Please correct what is marked in red and send again.',
    yes: 'Yes',
    no: 'No',
  },
  cancelled: { title: 'The report is cancelled', body: 'Nothing was sent. Write to me again if you want to report later.' },
  confirmation: {
    title: 'Thank you, your report is sent',
    caseNumber: 'Case number',
    sentTo: (name) => `The report went to ${name}.`,
    noRecipientYet: 'The report is saved and will be sent to your manager.',
    updates: 'You will hear from me in this chat when something happens in the case.',
    emergency: 'If you are in immediate danger, call 112.',
  },
  updateTitle: (caseId) => `Case ${caseId}`,
  manager: {
    reportedBy: 'Reported by',
    reportedAt: 'Reported',
    responsible: 'Responsible now',
    state: {
      open: 'New – waiting for someone to take it',
      acknowledged: (by, at) => `Acknowledged by ${by} at ${at}`,
      closed: (by, at) => `Closed by ${by} at ${at}`,
    },
    statusHeading: 'Status',
    checklistHeading: 'Checklist',
    noteLabel: 'Note',
    notePlaceholder: 'Write a short note',
    notesHeading: 'Notes',
    noteBy: (by, at) => `${by}, ${at}`,
    earlierNotes: (count) => (count === 1 ? '1 earlier note is in the case history.' : `${count} earlier notes are in the case history.`),
    empty: '–',
    escalatedFrom: (name) => `Passed on from ${name}.`,
    dueBy: (at) => `Goes to the next in line at ${at} unless someone takes it.`,
  },
  readOnly: { body: 'The responsible manager is handling this case. Only the manager and their deputies can see the details.' },
  error: { title: 'Something went wrong', body: 'That could not be done right now. Please try again in a moment.' },
  closedState: 'Closed',
};

export const reportTexts: Record<Lang, ReportTexts> = { sv, en };

import { assignee, type Case, type CaseEvent } from '../domain/cases/case';
import { escalationReason, statusText } from '../domain/cases/texts';
import type { ReportDefinitions } from '../domain/reports/definition';
import { localDateTime } from '../domain/reports/local-time';

/** Text views of cases for `npm run cases`, in Swedish for kansliet; times in Swedish local time. */

const STATE: Record<Case['state'], string> = { open: 'öppet', acknowledged: 'kvitterat', closed: 'avslutat' };

const time = (iso: string | null): string => (iso ? localDateTime(new Date(iso)) : '–');

export function formatCaseList(cases: readonly Case[]): string {
  if (cases.length === 0) return 'Inga ärenden ännu.\n';
  const header = ['Ärende', 'Typ', 'Läge', 'Ansvarig', 'Skapat', 'Eskaleras'];
  const rows = cases.map((c) => [c.id, c.kind, STATE[c.state], assignee(c)?.person.name ?? '–', time(c.createdAt), c.state === 'open' ? time(c.dueAt) : '–']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}

export function formatCase(c: Case, definitions: ReportDefinitions): string {
  const def = definitions.flows.find((f) => f.id === c.kind);
  const label = (id: string): string => def?.fields.find((f) => f.id === id)?.label.sv ?? id;
  const nameOf = (id: string | null): string => (id ? (c.chain.find((l) => l.person.aadObjectId.toLowerCase() === id.toLowerCase())?.person.name ?? id) : '–');
  const lines = [
    `Ärende ${c.id} (${def?.title.sv ?? c.kind})`,
    `Läge:        ${STATE[c.state]}${c.status ? `, ${statusText(c.status).sv}` : ''}`,
    `Rapportör:   ${c.reporter.name} (${c.reporter.aadObjectId})`,
    `Ansvarig:    ${assignee(c)?.person.name ?? '–'}`,
    `Kedja:       ${c.chain.map((l) => `${l.person.name} (${l.role})`).join(' → ') || '–'}`,
    `Skapat:      ${time(c.createdAt)}`,
    `Eskaleras:   ${c.state === 'open' ? time(c.dueAt) : '–'}`,
    `Version:     ${c.version}`,
    '',
    'Uppgifter:',
    ...Object.entries(c.fields).map(([id, v]) => `  ${label(id)}: ${v === null ? '–' : v === true ? 'ja' : v === false ? 'nej' : id === 'when' ? time(String(v)) : String(v)}`),
  ];
  if (def && def.checklist.length > 0) {
    lines.push('', 'Checklista:', ...def.checklist.map((item) => `  [${c.checklist[item.id] ? 'x' : ' '}] ${item.label.sv}`));
  }
  lines.push('', 'Händelser:', ...c.events.map((e) => `  ${time(e.at)}  ${e.actor.name.padEnd(22)}  ${describe(e, nameOf)}`));
  return `${lines.join('\n')}\n`;
}

function describe(e: CaseEvent, nameOf: (id: string | null) => string): string {
  switch (e.type) {
    case 'created':
      return 'skapade ärendet';
    case 'delivered':
      return `kortet levererat till ${nameOf(e.recipient)}`;
    case 'acknowledged':
      return 'kvitterade';
    case 'checklist':
      return `checklista: ${e.item} ${e.done ? 'klar' : 'inte klar'}`;
    case 'note':
      return `anteckning: ${e.text}`;
    case 'status':
      return statusText(e.status).sv;
    case 'escalated':
      return `skickat vidare från ${nameOf(e.from)} till ${nameOf(e.to)}: ${escalationReason(e.reason).sv}`;
    case 'closed':
      return 'avslutade ärendet';
  }
}

import path from 'node:path';
import type { ChainLink, Person } from '../../../bot/domain/directory/directory';
import type { IdSource } from '../../../bot/domain/outbox/message';
import { findDefinition, type ReportDefinition } from '../../../bot/domain/reports/definition';
import { loadReportDefinitionsOrThrow } from '../../../bot/infra/reports/load-reports';

/** The real knowledge/reports.yaml, so tests break when kansliet's file and the code disagree. */
export const definitions = loadReportDefinitionsOrThrow(path.join(__dirname, '../../../knowledge/reports.yaml'));

export function definition(id: 'phone-threat' | 'lost-phone'): ReportDefinition {
  const def = findDefinition(definitions, id);
  if (!def) throw new Error(`knowledge/reports.yaml has no flow ${id}`);
  return def;
}

export const reporter: Person = { aadObjectId: 'aad-reporter', name: 'Rita Rapportör' };
export const maja: Person = { aadObjectId: 'aad-maja', name: 'Maja' };
export const dan: Person = { aadObjectId: 'aad-dan', name: 'Dan Ersättare' };
export const kim: Person = { aadObjectId: 'aad-kim', name: 'Kim Förvaltningschef' };
export const beredskap: Person = { aadObjectId: 'aad-beredskap', name: 'Tjänsteman i beredskap' };
export const stranger: Person = { aadObjectId: 'aad-stranger', name: 'Sam Obehörig' };

export const chain: ChainLink[] = [
  { person: maja, role: 'manager' },
  { person: dan, role: 'deputy' },
  { person: kim, role: 'skip-level' },
  { person: beredskap, role: 'on-call' },
];

export function sequentialIds(prefix = 'msg'): IdSource {
  let n = 0;
  return { next: () => `${prefix}-${++n}` };
}

export function counter(): (prefix: string, year: number) => number {
  const last = new Map<string, number>();
  return (prefix, year) => {
    const key = `${prefix}-${year}`;
    const next = (last.get(key) ?? 0) + 1;
    last.set(key, next);
    return next;
  };
}

export const threatForm = { when: '', 'caller-number': '070-123 45 67', 'what-was-said': 'Du ska få se, sa han.', 'safe-now': 'true' };
export const lostPhoneForm = { 'phone-number': '070-765 43 21', 'lost-or-stolen': 'stolen', when: '2026-03-02T08:15', where: 'Bussen' };

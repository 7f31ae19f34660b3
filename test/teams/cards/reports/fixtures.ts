import { act } from '../../../../bot/domain/cases/act';
import type { Case } from '../../../../bot/domain/cases/case';
import type { CaseCommand } from '../../../../bot/domain/cases/commands';
import { submitReport } from '../../../../bot/domain/cases/submit';
import type { Person } from '../../../../bot/domain/directory/directory';
import { escalateIfDue } from '../../../../bot/domain/escalation/escalate';
import { chain, counter, definition, lostPhoneForm, maja, reporter, sequentialIds, threatForm } from '../../../domain/cases/fixtures';

export const t0 = new Date('2026-03-02T09:40:00Z');
export const INJECTION = '**[klicka här](https://evil.example)** <at>Maja</at> www.evil.example';

export function newCase(kind: 'phone-threat' | 'lost-phone', form: Record<string, unknown> = kind === 'phone-threat' ? threatForm : lostPhoneForm): Case {
  const r = submitReport(definition(kind), form, reporter, chain, t0, counter(), sequentialIds());
  if (!r.ok) throw new Error(`fixture form invalid: ${JSON.stringify(r)}`);
  return r.case;
}

export function after(c: Case, command: CaseCommand, actor: Person = maja, minutes = 2): Case {
  const r = act(c, command, actor, c.version, new Date(t0.getTime() + minutes * 60_000), { definition: definition(c.kind as 'phone-threat' | 'lost-phone'), ids: sequentialIds('a') });
  if (!r.ok) throw new Error(`fixture action refused: ${r.reason}`);
  return r.case;
}

export function escalated(c: Case): Case {
  const r = escalateIfDue(c, new Date(Date.parse(c.dueAt ?? '') + 1000), sequentialIds('e'));
  if (!r.ok) throw new Error('fixture escalation refused');
  return r.case;
}

/** One case per state the manager card can show. */
export function caseStates(): [string, Case][] {
  const threat = newCase('phone-threat', { ...threatForm, 'what-was-said': `Du ska få se. ${INJECTION}` });
  const threatAck = after(threat, { type: 'acknowledge' });
  const threatWorked = after(after(threatAck, { type: 'checklist', items: { 'talked-with-employee': true, 'incident-recorded': true } }), { type: 'note', text: `Ringt upp. ${INJECTION}` });
  const lost = newCase('lost-phone');
  const lostOrdered = after(lost, { type: 'status', status: 'block-ordered' });
  const lostBlocked = after(lostOrdered, { type: 'status', status: 'blocked' });
  return [
    ['threat open', threat],
    ['threat escalated', escalated(threat)],
    ['threat acknowledged', threatAck],
    ['threat checklist and note', threatWorked],
    ['threat closed', after(threatWorked, { type: 'close' })],
    ['lost-phone open', lost],
    ['lost-phone block ordered', lostOrdered],
    ['lost-phone blocked', lostBlocked],
    ['lost-phone closed', after(lostBlocked, { type: 'close' })],
  ];
}

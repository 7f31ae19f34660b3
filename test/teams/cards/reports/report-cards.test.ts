import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import schema from '../../../support/schemas/adaptive-card-1.5.json';
import { parseCommand } from '../../../../bot/domain/cases/commands';
import type { Lang } from '../../../../bot/domain/knowledge/types';
import { validateForm } from '../../../../bot/domain/reports/form';
import type { Card } from '../../../../bot/teams/cards/adaptive';
import {
  formInput,
  managerCaseCard,
  readOnlyCaseCard,
  reportCancelledCard,
  reportConfirmationCard,
  reportErrorCard,
  reporterUpdateCard,
  reportFormCard,
} from '../../../../bot/teams/cards/reports';
import { definition, threatForm } from '../../../domain/cases/fixtures';
import { INJECTION, after, caseStates, newCase, t0 } from './fixtures';

const MAX_CARD_BYTES = 28 * 1024;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addMetaSchema(draft06);
const { id: schemaId, ...schemaBody } = schema;
const validate = ajv.compile({ ...schemaBody, $id: schemaId });
const langs: Lang[] = ['sv', 'en'];
const flows = ['phone-threat', 'lost-phone'] as const;

function nodes(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(nodes);
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  return [obj, ...Object.values(obj).flatMap(nodes)];
}
const ofType = (c: unknown, type: string) => nodes(c).filter((n) => n.type === type);
const executes = (c: Card) => ofType({ body: c.body, actions: c.actions }, 'Action.Execute');

const invalidThreat = validateForm(definition('phone-threat'), { 'what-was-said': '', 'caller-number': 'ring mig', 'when.date': '2026-03-02' }, t0);

const fixtures: [string, Card][] = langs.flatMap((lang): [string, Card][] => [
  ...flows.map((flow): [string, Card] => [`form ${flow} ${lang}`, reportFormCard({ definition: definition(flow), lang, submissionKey: 'form-1', now: t0 })]),
  [`form with errors ${lang}`, reportFormCard({ definition: definition('phone-threat'), lang, submissionKey: 'form-1', now: t0, values: { 'caller-number': 'ring mig', 'safe-now': 'true' }, errors: invalidThreat.ok ? [] : invalidThreat.errors })],
  ...flows.map((flow): [string, Card] => [`confirmation ${flow} ${lang}`, reportConfirmationCard({ definition: definition(flow), lang, caseId: 'HOT-2026-0042', sentTo: 'Maja' })]),
  [`confirmation without recipient ${lang}`, reportConfirmationCard({ definition: definition('lost-phone'), lang, caseId: 'MOB-2026-0017', sentTo: null })],
  [`reporter update ${lang}`, reporterUpdateCard('HOT-2026-0042', 'Maja tar hand om ärende HOT-2026-0042 (10:42).', lang)],
  [`cancelled ${lang}`, reportCancelledCard(lang)],
  [`error ${lang}`, reportErrorCard(lang)],
  [`error with message ${lang}`, reportErrorCard(lang, 'Du kan inte ändra ärende HOT-2026-0042.')],
  ...caseStates().flatMap(([name, c]): [string, Card][] => {
    const def = definition(c.kind as 'phone-threat' | 'lost-phone');
    return [
      [`manager ${name} ${lang}`, managerCaseCard({ case: c, definition: def, lang })],
      [`manager ${name} with notice ${lang}`, managerCaseCard({ case: c, definition: def, lang, notice: 'Redan kvitterad av Maja 10:42' })],
      [`read-only ${name} ${lang}`, readOnlyCaseCard({ case: c, definition: def, lang })],
    ];
  }),
]);

describe('report and case cards', () => {
  it.each(fixtures)('%s is a valid Adaptive Card 1.5 under 28 KB', (_name, c) => {
    const ok = validate(c);
    expect(ajv.errorsText(validate.errors)).toBe('No errors');
    expect(ok).toBe(true);
    expect(c.version).toBe('1.5');
    expect(Buffer.byteLength(JSON.stringify(c))).toBeLessThan(MAX_CARD_BYTES);
  });

  it.each(fixtures)('%s gives every Action.Execute a verb and an Action.Submit fallback', (_name, c) => {
    for (const a of executes(c)) {
      expect(typeof a.verb).toBe('string');
      expect((a.fallback as Record<string, unknown>).type).toBe('Action.Submit');
    }
  });

  it('keeps a report at the 2000-character limit with many notes under 28 KB', () => {
    let c = after(newCase('phone-threat', { ...threatForm, 'what-was-said': 'å'.repeat(2000) }), { type: 'acknowledge' });
    for (let i = 0; i < 5; i++) c = after(c, { type: 'note', text: `${i} ${'ö'.repeat(1990)}` });
    const shown = managerCaseCard({ case: c, definition: definition('phone-threat'), lang: 'sv' });
    expect(Buffer.byteLength(JSON.stringify(shown))).toBeLessThan(MAX_CARD_BYTES);
    expect(JSON.stringify(shown)).toContain('2 tidigare anteckningar finns i ärendets historik.');
  });
});

describe('the report form', () => {
  const form = (lang: Lang = 'sv') => reportFormCard({ definition: definition('phone-threat'), lang, submissionKey: 'form-7', now: t0 });

  it('puts "call 112" first on the threat form', () => {
    const first = form().body[0] as Record<string, unknown>;
    expect(first.text).toMatch(/^Vid akut fara: ring 112/);
    expect(first.color).toBe('Attention');
  });

  it('marks required fields with isRequired and a message', () => {
    const said = ofType(form(), 'Input.Text').find((i) => i.id === 'what-was-said');
    expect(said).toMatchObject({ isRequired: true, isMultiline: true, maxLength: 2000, errorMessage: 'Fyll i ”Vad sades?”.' });
    expect(ofType(form(), 'Input.Text').find((i) => i.id === 'caller-number')).not.toHaveProperty('isRequired');
  });

  it('pre-fills date and time with now in Swedish time', () => {
    expect(ofType(form(), 'Input.Date')[0]).toMatchObject({ id: 'when.date', value: '2026-03-02' });
    expect(ofType(form(), 'Input.Time')[0]).toMatchObject({ id: 'when.time', value: '10:40' });
  });

  it('offers toggles and choices from the definition', () => {
    expect(ofType(form(), 'Input.Toggle').map((t) => t.id)).toEqual(['caller-gave-name', 'safe-now', 'wants-call', 'police-called']);
    const lost = reportFormCard({ definition: definition('lost-phone'), lang: 'en', submissionKey: 'k', now: t0 });
    expect(ofType(lost, 'Input.ChoiceSet')[0]).toMatchObject({ id: 'lost-or-stolen', style: 'expanded', isRequired: true, choices: [{ title: 'Lost', value: 'lost' }, { title: 'Stolen', value: 'stolen' }] });
  });

  it('submits with the flow and the form key, and cancels without the inputs', () => {
    const [submit, cancel] = form().actions ?? [];
    expect(submit).toMatchObject({ verb: 'report.submit', data: { flow: 'phone-threat', submissionKey: 'form-7' }, associatedInputs: 'auto' });
    expect(cancel).toMatchObject({ verb: 'report.cancel', associatedInputs: 'none' });
  });

  it('shows errors in red under their fields and keeps what was typed', () => {
    if (invalidThreat.ok) throw new Error('expected invalid');
    const c = reportFormCard({ definition: definition('phone-threat'), lang: 'sv', submissionKey: 'form-7', now: t0, values: { 'caller-number': 'ring mig', 'safe-now': 'true', 'when.date': '2026-03-01', 'when.time': '22:10' }, errors: invalidThreat.errors });
    const red = ofType(c, 'TextBlock').filter((t) => t.color === 'Attention').map((t) => t.text);
    expect(red).toEqual(expect.arrayContaining(['Fyll i ”Vad sades?”.', expect.stringMatching(/ser inte ut som ett telefonnummer/), expect.stringMatching(/Rätta det som är markerat i rött/)]));
    expect(ofType(c, 'Input.Text').find((i) => i.id === 'caller-number')?.value).toBe('ring mig');
    expect(ofType(c, 'Input.Toggle').find((i) => i.id === 'safe-now')?.value).toBe('true');
    expect(ofType(c, 'Input.Date')[0]?.value).toBe('2026-03-01');
    expect(ofType(c, 'Input.Time')[0]?.value).toBe('22:10');
  });

  it('turns the date and time pickers into the value validateForm reads', () => {
    const def = definition('phone-threat');
    const data = { 'when.date': '2026-03-01', 'when.time': '22:10', 'what-was-said': 'x', verb: 'report.submit' };
    const checked = validateForm(def, formInput(def, data), t0);
    expect(checked.ok && checked.values.when).toBe('2026-03-01T21:10:00.000Z');
    const blank = validateForm(def, formInput(def, { 'what-was-said': 'x' }), t0);
    expect(blank.ok && blank.values.when).toBe(t0.toISOString());
    const halfway = validateForm(def, formInput(def, { 'when.date': '2026-03-01', 'what-was-said': 'x' }), t0);
    expect(!halfway.ok && halfway.errors.map((e) => e.code)).toEqual(['invalid-datetime']);
  });
});

describe('the manager card', () => {
  const states = new Map(caseStates());
  const get = (name: string) => {
    const c = states.get(name);
    if (!c) throw new Error(name);
    return c;
  };
  const cardFor = (name: string, lang: Lang = 'sv') => {
    const c = get(name);
    return managerCaseCard({ case: c, definition: definition(c.kind as 'phone-threat'), lang });
  };
  const verbs = (c: Card) => executes(c).map((a) => a.verb);

  it('offers "Jag tar hand om det", the checklist, a note and Avsluta on a new threat', () => {
    const c = cardFor('threat open');
    expect(verbs(c)).toEqual(['checklist', 'note', 'acknowledge', 'close']);
    expect(executes(c).find((a) => a.verb === 'acknowledge')?.title).toBe('Jag tar hand om det');
    expect(ofType(c, 'Input.Toggle').map((t) => t.id)).toEqual(['check.talked-with-employee', 'check.incident-recorded', 'check.serious-incident-assessed', 'check.police-report']);
  });

  it('sends buttons whose verbs and data parse into case commands for this version', () => {
    for (const [name, kase] of caseStates()) {
      for (const a of executes(managerCaseCard({ case: kase, definition: definition(kase.kind as 'lost-phone'), lang: 'sv' }))) {
        expect(a.data).toEqual({ caseId: kase.id, version: kase.version });
        const data = { ...(a.data as object), note: 'anteckning', 'check.incident-recorded': 'true' };
        expect([name, parseCommand(a.verb as string, data)]).not.toEqual([name, null]);
      }
    }
  });

  it('shows the lost-phone status buttons step by step', () => {
    expect(verbs(cardFor('lost-phone open'))).toEqual(['acknowledge', 'block-ordered', 'blocked', 'close']);
    expect(verbs(cardFor('lost-phone block ordered'))).toEqual(['blocked', 'close']);
    expect(verbs(cardFor('lost-phone blocked'))).toEqual(['close']);
    expect(JSON.stringify(cardFor('lost-phone blocked'))).toContain('Läge: telefonen är spärrad');
  });

  it('keeps saved checklist items ticked', () => {
    const toggles = ofType(cardFor('threat checklist and note'), 'Input.Toggle');
    expect(toggles.filter((t) => t.value === 'true').map((t) => t.id)).toEqual(['check.talked-with-employee', 'check.incident-recorded']);
  });

  it('has no buttons or inputs once closed, and says who closed it', () => {
    for (const name of ['threat closed', 'lost-phone closed']) {
      const c = cardFor(name);
      expect(executes(c)).toEqual([]);
      expect(nodes(c).filter((n) => String(n.type).startsWith('Input.'))).toEqual([]);
      expect(JSON.stringify(c)).toContain('Avslutad av Maja');
    }
  });

  it('names who acknowledged, in Swedish local time', () => {
    expect(JSON.stringify(cardFor('threat acknowledged'))).toContain('Kvitterad av Maja 10:42');
    expect(JSON.stringify(cardFor('threat acknowledged', 'en'))).toContain('Acknowledged by Maja at 10:42');
  });

  it('tells the deputy the case was passed on', () => {
    const text = JSON.stringify(cardFor('threat escalated'));
    expect(text).toContain('Ansvarig nu: Dan Ersättare');
    expect(text).toContain('Skickad vidare från Maja.');
  });

  it('asks Teams to refresh the card for the chain members it knows by Teams id, once each', () => {
    const open = get('threat open');
    const live = managerCaseCard({ case: open, definition: definition('phone-threat'), lang: 'sv', refreshUserIds: ['29:maja', '29:dan', '29:maja'] });
    expect(live.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'case.refresh', data: { caseId: open.id } }, userIds: ['29:maja', '29:dan'] });
    // None known: Teams offers "Refresh card" in the card's menu instead of refreshing by itself.
    expect(cardFor('threat open').refresh).toMatchObject({ userIds: [] });
  });

  it('shows a notice such as "Redan kvitterad av Maja 10:42" on top', () => {
    const c = managerCaseCard({ case: get('threat acknowledged'), definition: definition('phone-threat'), lang: 'sv', notice: 'Redan kvitterad av Maja 10:42' });
    expect(JSON.stringify(c.body[0])).toContain('Redan kvitterad av Maja 10:42');
  });

  it('never lets report text become a link, a mention or formatting', () => {
    const c = cardFor('threat checklist and note');
    const markdown = ofType(c, 'TextBlock').map((t) => String(t.text));
    expect(markdown.filter((t) => t.includes('evil') || t.includes('<at>'))).toEqual([]);
    const runs = ofType(c, 'TextRun').map((r) => String(r.text)).filter((t) => t.includes('evil'));
    expect(runs).toHaveLength(2);
    for (const r of runs) {
      expect(r).not.toContain('https://');
      expect(r).not.toMatch(/www\.evil/);
      expect(r).toContain('**[klicka här]');
    }
    expect(INJECTION).toContain('https://');
  });

  it('shows people outside the chain only the number and the state', () => {
    const c = get('threat checklist and note');
    const readOnly = readOnlyCaseCard({ case: c, definition: definition('phone-threat'), lang: 'sv' });
    const card = JSON.stringify(readOnly);
    expect(card).toContain(c.id);
    expect(card).toContain('Kvitterad av Maja');
    expect(card).not.toContain('Du ska få se');
    expect(card).not.toContain('Ringt upp');
    expect(executes(readOnly)).toEqual([]);
  });
});

describe('the reporter cards', () => {
  it('confirm with the case number and the manager, and repeat 112 for threats', () => {
    const c = JSON.stringify(reportConfirmationCard({ definition: definition('phone-threat'), lang: 'sv', caseId: 'HOT-2026-0042', sentTo: 'Maja' }));
    expect(c).toContain('HOT-2026-0042');
    expect(c).toContain('Rapporten har gått till Maja.');
    expect(c).toContain('ring 112');
    expect(JSON.stringify(reportConfirmationCard({ definition: definition('lost-phone'), lang: 'en', caseId: 'MOB-2026-0017', sentTo: 'Maja' }))).not.toContain('112');
  });
});

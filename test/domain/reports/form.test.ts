import { validateForm } from '../../../bot/domain/reports/form';
import { definition } from '../cases/fixtures';

const now = new Date('2026-03-02T09:00:00Z'); // 10:00 in Stockholm (CET)
const threat = definition('phone-threat');
const lost = definition('lost-phone');

describe('validateForm', () => {
  it('accepts a threat report with only what was said, taking now as the time', () => {
    const result = validateForm(threat, { 'what-was-said': '  Han hotade mig.  ' }, now);
    expect(result).toEqual({
      ok: true,
      values: {
        when: now.toISOString(),
        'caller-number': null,
        'what-was-said': 'Han hotade mig.',
        'caller-gave-name': false,
        'safe-now': false,
        'wants-call': false,
        'police-called': false,
      },
    });
  });

  it('reads the card time as Swedish local time and stores UTC', () => {
    const result = validateForm(lost, { 'phone-number': '0701234567', 'lost-or-stolen': 'lost', when: '2026-03-02T08:15' }, now);
    expect(result.ok && result.values.when).toBe('2026-03-02T07:15:00.000Z');
  });

  it('handles summer time when converting local times', () => {
    const summer = new Date('2026-07-01T12:00:00Z');
    const result = validateForm(lost, { 'phone-number': '0701234567', 'lost-or-stolen': 'lost', when: '2026-07-01T08:15' }, summer);
    expect(result.ok && result.values.when).toBe('2026-07-01T06:15:00.000Z');
  });

  it('lists every invalid field with a Swedish and an English message', () => {
    const result = validateForm(lost, { 'phone-number': 'ring mig', 'lost-or-stolen': 'borta', when: 'igår' }, now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['phone-number', 'invalid-phone'],
      ['lost-or-stolen', 'invalid-choice'],
      ['when', 'invalid-datetime'],
    ]);
    expect(result.errors[0]?.message.sv).toBe('”Telefonens nummer” ser inte ut som ett telefonnummer. Skriv bara siffror, t.ex. 070-123 45 67.');
    expect(result.errors[1]?.message.en).toBe('Please pick one of the options for "Lost or stolen?".');
  });

  it('requires what was said in a threat report', () => {
    const result = validateForm(threat, { 'what-was-said': '   ' }, now);
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'what-was-said', code: 'required', message: { sv: 'Fyll i ”Vad sades?”.', en: 'Please fill in "What was said?".' } },
    ]);
  });

  it('refuses text over the maximum length', () => {
    const result = validateForm(threat, { 'what-was-said': 'x'.repeat(2001) }, now);
    expect(result.ok ? null : result.errors[0]?.code).toBe('too-long');
  });

  it('refuses a time in the future but tolerates a slow phone clock', () => {
    const later = validateForm(threat, { 'what-was-said': 'x', when: '2026-03-02T11:00' }, now);
    expect(later.ok ? null : later.errors[0]?.code).toBe('in-future');
    const almostNow = validateForm(threat, { 'what-was-said': 'x', when: '2026-03-02T10:03' }, now);
    expect(almostNow.ok).toBe(true);
  });

  it('refuses a toggle value that is neither true nor false', () => {
    const result = validateForm(threat, { 'what-was-said': 'x', 'safe-now': 'kanske' }, now);
    expect(result.ok ? null : result.errors[0]).toMatchObject({ field: 'safe-now', code: 'invalid-toggle' });
  });
});

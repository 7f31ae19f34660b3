import { useReportTestBed } from '../../../support/report-test-bed';
import { PEOPLE } from '../../../support/report-directory';
import { executes, invokeCard, shownTexts } from '../../../support/report-flow';

/**
 * Issue 3: only the reporter, the assignee chain and configured admins can see a case. What each
 * of them gets when Teams refreshes a case card (Lynne is the test directory's admin).
 */
const { alex, megan, lynne, nils } = PEOPLE;

const bed = useReportTestBed();

const lostPhone = { 'phone-number': '070-123 45 67', 'lost-or-stolen': 'stolen', 'when.date': '2026-03-02', 'when.time': '08:30', where: 'Bussen', 'locked-with-code': 'yes' };
const threat = { 'when.date': '', 'when.time': '', 'caller-number': '08-123 456', 'what-was-said': 'Att han skulle komma hit', 'caller-gave-name': 'false', 'safe-now': 'true', 'wants-call': 'true', 'police-called': 'false' };

async function report(command: string, form: Record<string, unknown>, replies = 1): Promise<string> {
  const { data } = await bed.flow.openForm(command, 'sv-SE', replies);
  const card = invokeCard(await bed.flow.click(alex, 'report.submit', { ...data, ...form }));
  bed.answered.push(card);
  return /[A-Z]{3}-2026-\d{4}/.exec(shownTexts(card).join(' '))![0];
}

async function refreshAs(p: (typeof PEOPLE)[keyof typeof PEOPLE], caseId: string) {
  const card = invokeCard(await bed.flow.click(p, 'case.refresh', { caseId }));
  bed.answered.push(card);
  return { card, shown: shownTexts(card).join(' '), verbs: executes(card).map((a) => a.verb), inputs: JSON.stringify(card).match(/"Input\.\w+"/g) ?? [] };
}

describe('refreshing a case card', () => {
  it('gives an admin the whole case to read, with what was reported, but no buttons or inputs', async () => {
    const caseId = await report('rapportera borttappad mobil', lostPhone);
    const admin = await refreshAs(lynne, caseId);
    expect(admin.shown).toContain('070-123 45 67');
    expect(admin.shown).toContain('Stulen');
    expect(admin.shown).toContain('Bussen');
    expect(admin.shown).toContain('Alex Wilber');
    expect(admin.shown).toContain('Ansvarig nu: Megan Bowen');
    expect(admin.shown).toContain('Du ser ärendet som administratör. Bara den ansvariga chefen kan ändra det.');
    expect(admin.verbs).toEqual([]);
    expect(admin.inputs).toEqual([]);
  });

  it('shows an admin the checklist and the notes of a threat as it stands, read-only', async () => {
    const caseId = await report('Någon hotade mig i telefon nyss', threat, 2);
    await bed.flow.dispatch();
    bed.answered.push(invokeCard(await bed.flow.click(megan, 'checklist', { caseId, version: 1, 'check.talked-with-employee': 'true', 'check.incident-recorded': 'false', 'check.serious-incident-assessed': 'false', 'check.police-report': 'false' })));
    bed.answered.push(invokeCard(await bed.flow.click(megan, 'note', { caseId, version: 2, note: 'Ringt Alex, allt lugnt.' })));
    const admin = await refreshAs(lynne, caseId);
    expect(admin.shown).toContain('Att han skulle komma hit');
    expect(admin.shown).toContain('☑ Jag har pratat med medarbetaren');
    expect(admin.shown).toContain('☐ Polisanmälan');
    expect(admin.shown).toContain('Ringt Alex, allt lugnt.');
    expect(admin.shown).toContain('Kvitterad av Megan Bowen');
    expect(admin.verbs).toEqual([]);
    expect(admin.inputs).toEqual([]);
  });

  it('shows the reporter the state of their own case, without the manager buttons or the manager view', async () => {
    const caseId = await report('rapportera borttappad mobil', lostPhone);
    const before = await refreshAs(alex, caseId);
    expect(before.shown).toContain(caseId);
    expect(before.shown).toContain('Det här är din rapport. Du får ett meddelande här när något händer i ärendet.');
    expect(before.verbs).toEqual([]);
    expect(before.inputs).toEqual([]);
    bed.clock.advance(60_000);
    bed.answered.push(invokeCard(await bed.flow.click(megan, 'acknowledge', { caseId, version: 1 })));
    const after = await refreshAs(alex, caseId);
    expect(after.shown).toContain('Kvitterad av Megan Bowen 10:01');
    expect(after.verbs).toEqual([]);
  });

  it('gives the chain the live card and anyone else the case number and state, never what was reported', async () => {
    const caseId = await report('rapportera borttappad mobil', lostPhone);
    const manager = await refreshAs(megan, caseId);
    const outsider = await refreshAs(nils, caseId);
    expect(manager.verbs).toContain('acknowledge');
    expect(manager.shown).toContain('070-123 45 67');
    expect(outsider.shown).toContain(caseId);
    expect(outsider.shown).toContain('Bara chefen och ersättarna kan se detaljerna.');
    for (const secret of ['070-123 45 67', 'Bussen', 'Stulen', 'Alex Wilber']) expect(outsider.shown).not.toContain(secret);
    expect(outsider.verbs).toEqual([]);
  });
});

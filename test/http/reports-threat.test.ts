import { useReportTestBed } from '../support/report-test-bed';
import { PEOPLE } from '../support/report-directory';
import { cardOfCall, cardsOf, executes, invokeCard, shownTexts } from '../support/report-flow';

/** A threat on the phone, end to end over HTTP: 112 first, the form, the manager's checklist, concurrent clicks. */
const { alex, megan, adele } = PEOPLE;

const bed = useReportTestBed();

const threat = { 'when.date': '', 'when.time': '', 'caller-number': '08-123 456', 'what-was-said': 'Att han skulle komma hit', 'caller-gave-name': 'false', 'safe-now': 'true', 'wants-call': 'true', 'police-called': 'false' };

async function reportThreat(): Promise<string> {
  const { data, posted } = await bed.flow.openForm('Någon hotade mig i telefon nyss', 'sv-SE', 2);
  expect(posted[0]?.text).toMatch(/^Vid akut fara: ring 112\. Skriv ner vad som sades, tiden och numret/);
  const card = invokeCard(await bed.flow.click(alex, 'report.submit', { ...data, ...threat }));
  bed.answered.push(card);
  const shown = shownTexts(card).join(' ');
  expect(shown).toContain('Vid akut fara: ring 112.');
  return /HOT-2026-\d{4}/.exec(shown)![0];
}

describe('a threat on the phone', () => {
  it('says what matters now, then shows the form; the manager gets the report with the checklist', async () => {
    const caseId = await reportThreat();
    expect(caseId).toBe('HOT-2026-0001');
    await bed.flow.dispatch();
    const card = cardOfCall(bed.flow.cardPostsTo(megan)[0]);
    const shown = shownTexts(card).join(' ');
    expect(shown).toContain('Att han skulle komma hit');
    expect(shown).toContain('Alex Wilber');
    expect(executes(card).map((a) => a.verb).sort()).toEqual(['acknowledge', 'checklist', 'close', 'note']);
    expect(JSON.stringify(card)).toContain('check.serious-incident-assessed');
  });

  it('starts the same form from the "Rapportera" button on an answer, and from the English command', async () => {
    const res = await bed.flow.click(alex, 'report.start', { flow: 'phone-threat', topic: 'telefon-hot', lang: 'sv' });
    expect(res).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: 'Här kommer formuläret.' });
    const posted = await bed.connector.waitForMessages(2);
    expect(posted[0]?.text).toContain('ring 112');
    expect(executes(cardsOf(posted)[0]).map((a) => a.verb)).toEqual(['report.submit', 'report.cancel']);
    const english = await bed.flow.openForm('report threat', 'en-US', 2);
    expect(english.posted[0]?.text).toMatch(/^If you are in immediate danger, call 112/);
    expect(english.data).toMatchObject({ flow: 'phone-threat', lang: 'en' });
  });

  it('saves the checklist and a note from the card, in place, and keeps them in the audit trail', async () => {
    const caseId = await reportThreat();
    await bed.flow.dispatch();
    const checked = invokeCard(await bed.flow.click(megan, 'checklist', { caseId, version: 1, 'check.talked-with-employee': 'true', 'check.incident-recorded': 'true', 'check.serious-incident-assessed': 'false', 'check.police-report': 'false' }));
    const noted = invokeCard(await bed.flow.click(megan, 'note', { caseId, version: 2, note: 'Ringt Alex, allt lugnt.' }));
    bed.answered.push(checked, noted);
    expect(JSON.stringify(noted)).toContain('Ringt Alex, allt lugnt.');
    const c = (await bed.bot.stores!.cases.get(caseId))!;
    expect(c.checklist).toEqual({ 'talked-with-employee': true, 'incident-recorded': true, 'serious-incident-assessed': false, 'police-report': false });
    expect(c.events.map((e) => e.type)).toEqual(['created', 'delivered', 'acknowledged', 'checklist', 'checklist', 'note']);
    await bed.flow.dispatch();
    expect(bed.flow.textsTo(alex)).toEqual(['Megan Bowen tar hand om ärende HOT-2026-0001 (10:00).']);
  });

  it('a second click gives one transition and "Redan kvitterad av Megan Bowen 10:00"', async () => {
    const caseId = await reportThreat();
    await bed.flow.click(megan, 'acknowledge', { caseId, version: 1 });
    const again = invokeCard(await bed.flow.click(megan, 'acknowledge', { caseId, version: 1 }));
    bed.answered.push(again);
    expect(shownTexts(again)[0]).toBe('Redan kvitterad av Megan Bowen 10:00');
    expect((await bed.bot.stores!.cases.get(caseId))!.events.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
  });

  it('two people acting at once yield exactly one acknowledgement; the other is told who was first', async () => {
    const caseId = await reportThreat();
    const [a, b] = await Promise.all([bed.flow.click(megan, 'acknowledge', { caseId, version: 1 }), bed.flow.click(adele, 'acknowledge', { caseId, version: 1 })]);
    const cards = [invokeCard(a), invokeCard(b)];
    bed.answered.push(...cards);
    const c = (await bed.bot.stores!.cases.get(caseId))!;
    expect(c.events.filter((e) => e.type === 'acknowledged')).toHaveLength(1);
    const winner = c.acknowledgedBy!.name;
    const notices = cards.map((card) => shownTexts(card)[0]).filter((t) => t?.startsWith('Redan kvitterad'));
    expect(notices).toEqual([`Redan kvitterad av ${winner} 10:00`]);
    await bed.flow.dispatch();
    expect(bed.flow.textsTo(alex)).toEqual([`${winner} tar hand om ärende HOT-2026-0001 (10:00).`]);
  });
});

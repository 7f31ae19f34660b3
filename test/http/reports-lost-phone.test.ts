import { useReportTestBed } from '../support/report-test-bed';
import { PEOPLE } from '../support/report-directory';
import { as, cardOfCall, executes, invokeCard, shownTexts } from '../support/report-flow';

/** A lost phone, end to end over HTTP: Alex reports, Megan (his manager) acts from her card. */
const { alex, megan, nils } = PEOPLE;

const bed = useReportTestBed();

const lostPhone = { 'phone-number': '070-123 45 67', 'lost-or-stolen': 'lost', 'when.date': '2026-03-02', 'when.time': '09:30', where: 'Bussen', 'locked-with-code': 'yes' };

async function submitLostPhone(extra: Record<string, unknown> = {}) {
  const { data } = await bed.flow.openForm('rapportera borttappad mobil');
  const card = invokeCard(await bed.flow.click(alex, 'report.submit', { ...data, ...lostPhone, ...extra }));
  bed.answered.push(card);
  return { data, card };
}

/** Megan's card: dispatched, then found among the stand-in's calls. */
async function managerCard() {
  await bed.flow.dispatch();
  const posts = bed.flow.cardPostsTo(megan);
  expect(posts).toHaveLength(1);
  return { call: posts[0]!, card: cardOfCall(posts[0]) };
}

describe('a lost work phone', () => {
  it('goes from the command to the form, to a confirmation with the case number, to a card for the manager in a new 1:1 chat', async () => {
    const { card: form } = await bed.flow.openForm('rapportera borttappad mobil');
    expect(shownTexts(form).join(' ')).toContain('Tappad eller stulen jobbmobil');
    const { card } = await submitLostPhone();
    const shown = shownTexts(card).join(' ');
    expect(shown).toContain('MOB-2026-0001');
    expect(shown).toContain('Megan Bowen');
    const { call, card: managerView } = await managerCard();
    const create = bed.connector.calls.find((c) => c.kind === 'create-conversation');
    expect(create?.body).toMatchObject({ isGroup: false, members: [{ id: megan.aadObjectId }], tenantId: '00000000-0000-0000-0000-0000000000001' });
    expect(call.conversationId).toBe(create?.conversationId);
    expect(shownTexts(managerView).join(' ')).toEqual(expect.stringContaining('070-123 45 67'));
    expect(executes(managerView).map((a) => a.verb)).toEqual(['acknowledge', 'block-ordered', 'blocked', 'close']);
    // The confirmation card is the reporter's "received": no second message says the same.
    expect(bed.flow.textsTo(alex)).toEqual([]);
  });

  it('updates the manager card in place and tells the reporter at every step: acknowledged, blocked, closed', async () => {
    await submitLostPhone();
    const { call } = await managerCard();
    // Where the stand-in said the card is; later sends update it there.
    const { activityId } = (await bed.bot.stores!.outbox.cardOf('MOB-2026-0001', megan.aadObjectId))!;
    const step = async (verb: string, version: number) => {
      bed.clock.advance(60_000);
      const card = invokeCard(await bed.flow.click(megan, verb, { caseId: 'MOB-2026-0001', version }, activityId, call.conversationId));
      bed.answered.push(card);
      await bed.flow.dispatch();
      return card;
    };
    const acknowledged = await step('acknowledge', 1);
    expect(shownTexts(acknowledged).join(' ')).toContain('Kvitterad av Megan Bowen 10:01');
    const put = bed.connector.calls.find((c) => c.method === 'PUT');
    expect(put).toMatchObject({ conversationId: call.conversationId, activityId });
    expect(executes(acknowledged).map((a) => a.verb)).not.toContain('acknowledge');
    // Megan has written to the bot now (her click), so Teams knows her id and refreshes her card by itself.
    expect((acknowledged as { refresh?: { userIds: string[] } }).refresh?.userIds).toEqual([as(megan, {}).from!.id]);
    await step('blocked', 2);
    const closed = await step('close', 3);
    expect(executes(closed)).toEqual([]);
    expect(bed.flow.textsTo(alex)).toEqual([
      'Megan Bowen tar hand om ärende MOB-2026-0001 (10:01).',
      'Ärende MOB-2026-0001: telefonen är spärrad (Megan Bowen, 10:02).',
      'Ärende MOB-2026-0001 är avslutat av Megan Bowen (10:03).',
    ]);
    // Alex's updates went to the chat he wrote from (its reference was stored), not a new one.
    expect(bed.flow.chatsOf(alex)).toEqual(new Set([bed.flow.chatOf(alex)]));
    // Megan's own card was updated by the clicks themselves: no second card was posted to her.
    expect(bed.flow.cardPostsTo(megan)).toHaveLength(1);
  });

  it('creates one case when the same form is sent twice', async () => {
    const { data } = await submitLostPhone();
    const again = invokeCard(await bed.flow.click(alex, 'report.submit', { ...data, ...lostPhone }));
    bed.answered.push(again);
    expect(shownTexts(again).join(' ')).toContain('MOB-2026-0001');
    expect(await bed.bot.stores!.cases.list()).toHaveLength(1);
    await bed.flow.dispatch();
    expect(bed.flow.cardPostsTo(megan)).toHaveLength(1);
  });

  it('shows the form again with the problems marked when the input is invalid, and stores nothing', async () => {
    const { card } = await submitLostPhone({ 'phone-number': 'ring mig', 'lost-or-stolen': '' });
    const shown = shownTexts(card).join(' ');
    expect(shown).toContain('Rapporten är inte skickad än');
    expect(shown).toContain('ser inte ut som ett telefonnummer');
    expect(shown).toContain('Fyll i ”Tappad eller stulen?”');
    expect(await bed.bot.stores!.cases.list()).toEqual([]);
  });

  it('says the report was cancelled and stores nothing', async () => {
    const { data } = await bed.flow.openForm('report lost phone', 'en-US');
    const card = invokeCard(await bed.flow.click(alex, 'report.cancel', data));
    bed.answered.push(card);
    expect(shownTexts(card).join(' ')).toContain('The report is cancelled');
    expect(await bed.bot.stores!.cases.list()).toEqual([]);
  });

  it('refuses someone outside the chain with a clear message and changes nothing', async () => {
    await submitLostPhone();
    await managerCard();
    const card = invokeCard(await bed.flow.click(nils, 'acknowledge', { caseId: 'MOB-2026-0001', version: 1 }));
    bed.answered.push(card);
    const shown = shownTexts(card).join(' ');
    expect(shown).toContain('Du kan inte ändra ärende MOB-2026-0001');
    expect(shown).not.toContain('070-123 45 67');
    expect(await bed.bot.stores!.cases.get('MOB-2026-0001')).toMatchObject({ state: 'open', version: 1 });
    expect(bed.connector.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });

  it('gives the chain the live card on refresh and everyone else the state only', async () => {
    await submitLostPhone();
    const live = invokeCard(await bed.flow.click(megan, 'case.refresh', { caseId: 'MOB-2026-0001' }));
    const other = invokeCard(await bed.flow.click(nils, 'case.refresh', { caseId: 'MOB-2026-0001' }));
    bed.answered.push(live, other);
    expect(executes(live).map((a) => a.verb)).toContain('acknowledge');
    expect(executes(other)).toEqual([]);
    expect(shownTexts(other).join(' ')).not.toContain('Bussen');
  });
});

import { composeAzureStore } from '../../bot/compose/compose-store';
import { useAzurite } from '../support/azurite';
import { useReportTestBed } from '../support/report-test-bed';
import { PEOPLE } from '../support/report-directory';
import { cardOfCall, executes, invokeCard, shownTexts } from '../support/report-flow';

/** The lost-phone flow end to end over HTTP, with every store in Azure Table Storage (Azurite). */
const { alex, megan } = PEOPLE;
const azurite = useAzurite();

const bed = useReportTestBed({ stores: async (clock) => composeAzureStore(azurite.current().connectionString, azurite.current().freshPrefix(), clock) });

const lostPhone = { 'phone-number': '070-123 45 67', 'lost-or-stolen': 'lost', 'when.date': '2026-03-02', 'when.time': '09:30', where: 'Bussen', 'locked-with-code': 'yes' };

describe('a lost work phone, on the Azure Table Storage backend', () => {
  it('is stored once, reaches the manager, and her clicks update her card and tell the reporter', async () => {
    const { data } = await bed.flow.openForm('rapportera borttappad mobil');
    const confirmation = invokeCard(await bed.flow.click(alex, 'report.submit', { ...data, ...lostPhone }));
    const again = invokeCard(await bed.flow.click(alex, 'report.submit', { ...data, ...lostPhone }));
    bed.answered.push(confirmation, again);
    expect(shownTexts(confirmation).join(' ')).toContain('MOB-2026-0001');
    expect(shownTexts(again).join(' ')).toContain('MOB-2026-0001');
    expect(await bed.bot.stores!.cases.list()).toHaveLength(1);

    await bed.flow.dispatch();
    const posts = bed.flow.cardPostsTo(megan);
    expect(posts).toHaveLength(1);
    const call = posts[0]!;
    expect(executes(cardOfCall(call)).map((a) => a.verb)).toEqual(['acknowledge', 'block-ordered', 'blocked', 'close']);
    const { activityId } = (await bed.bot.stores!.outbox.cardOf('MOB-2026-0001', megan.aadObjectId))!;

    const step = async (verb: string, version: number) => {
      bed.clock.advance(60_000);
      const card = invokeCard(await bed.flow.click(megan, verb, { caseId: 'MOB-2026-0001', version }, activityId, call.conversationId));
      bed.answered.push(card);
      await bed.flow.dispatch();
      return card;
    };
    expect(shownTexts(await step('acknowledge', 1)).join(' ')).toContain('Kvitterad av Megan Bowen 10:01');
    const stale = invokeCard(await bed.flow.click(megan, 'acknowledge', { caseId: 'MOB-2026-0001', version: 1 }, activityId, call.conversationId));
    bed.answered.push(stale);
    expect(shownTexts(stale).join(' ')).toContain('Redan kvitterad');
    await step('blocked', 2);
    expect(executes(await step('close', 3))).toEqual([]);
    expect(bed.flow.textsTo(alex)).toEqual([
      'Megan Bowen tar hand om ärende MOB-2026-0001 (10:01).',
      'Ärende MOB-2026-0001: telefonen är spärrad (Megan Bowen, 10:02).',
      'Ärende MOB-2026-0001 är avslutat av Megan Bowen (10:03).',
    ]);
    expect(bed.flow.cardPostsTo(megan)).toHaveLength(1);
    expect((await bed.bot.stores!.cases.get('MOB-2026-0001'))?.events.map((e) => e.type)).toEqual(['created', 'delivered', 'acknowledged', 'status', 'closed']);
    expect(await bed.bot.stores!.outbox.counts()).toEqual({ pending: 0, sent: 4, failed: 0 });
  });
});

import { loadKnowledgeBase } from '../../../bot/infra/knowledge/load';
import { ManualClock, startBot, type BotUnderTest } from '../../support/bot-under-test';
import { ConnectorStandIn } from '../../support/connector-stand-in';
import { PEOPLE } from '../../support/report-directory';
import { allCardsValid } from '../../support/report-flow';
import { Transcript, describeRow, type Row } from './transcript';

/**
 * Both reports as scripts of the conversation (Swedish): Alex reports, Megan (his manager in the
 * test directory) gets the card, acts on it, and Alex is told at every step.
 */
const kb = loadKnowledgeBase('knowledge');
const { alex, megan } = PEOPLE;

const lostPhone: Row[] = [
  { at: '10:00', who: alex, does: { say: 'rapportera borttappad mobil' }, sees: ['En tappad eller stulen jobbmobil ska anmälas till din närmaste chef', 'När märkte du det?'], buttons: ['Skicka rapporten', 'Avbryt'] },
  {
    who: alex,
    does: { click: 'Skicka rapporten', fill: { 'phone-number': '070-123 45 67', 'lost-or-stolen': 'lost', 'when.date': '2026-03-02', 'when.time': '09:30', where: 'Bussen', 'locked-with-code': 'yes' } },
    sees: ['Tack, din rapport är skickad', 'MOB-2026-0001', 'Rapporten har gått till Megan Bowen.'],
    buttons: [],
  },
  { who: megan, does: { deliver: true }, sees: ['Tappad eller stulen jobbmobil · MOB-2026-0001', 'Rapporterat av', 'Alex Wilber', '070-123 45 67', 'Bussen'], buttons: ['Jag tar hand om det', 'Spärr beställd', 'Telefonen är spärrad', 'Avsluta'] },
  { at: '10:01', who: megan, does: { click: 'Jag tar hand om det' }, sees: ['Kvitterad av Megan Bowen 10:01'], buttons: ['Spärr beställd', 'Telefonen är spärrad', 'Avsluta'] },
  { who: alex, does: { deliver: true }, sees: ['Megan Bowen tar hand om ärende MOB-2026-0001 (10:01).'] },
  { at: '10:02', who: megan, does: { click: 'Telefonen är spärrad' }, sees: ['Kvitterad av Megan Bowen 10:01'], buttons: ['Avsluta'] },
  { who: alex, does: { deliver: true }, sees: ['Ärende MOB-2026-0001: telefonen är spärrad (Megan Bowen, 10:02).'] },
  { at: '10:03', who: megan, does: { click: 'Avsluta' }, sees: ['Avslutad av Megan Bowen 10:03'], buttons: [] },
  { who: alex, does: { deliver: true }, sees: ['Ärende MOB-2026-0001 är avslutat av Megan Bowen (10:03).'] },
];

const threat: Row[] = [
  { at: '10:00', who: alex, does: { say: 'Någon hotade mig i telefon nyss' }, sees: ['Vid akut fara: ring 112.', 'Hot i telefon', 'När hände det?'] },
  {
    who: alex,
    does: { click: 'Skicka rapporten', fill: { 'when.date': '', 'when.time': '', 'caller-number': '08-123 456', 'what-was-said': 'Att han skulle komma hit', 'caller-gave-name': 'false', 'safe-now': 'true', 'wants-call': 'true', 'police-called': 'false' } },
    sees: ['Tack, din rapport är skickad', 'HOT-2026-0001', 'Rapporten har gått till Megan Bowen.', 'Vid akut fara: ring 112.'],
  },
  { who: megan, does: { deliver: true }, sees: ['Hot i telefon · HOT-2026-0001', 'Att han skulle komma hit', '08-123 456', 'Checklista'], buttons: ['Spara checklistan', 'Spara anteckning', 'Jag tar hand om det', 'Avsluta'] },
  { at: '10:04', who: megan, does: { click: 'Jag tar hand om det' }, sees: ['Kvitterad av Megan Bowen 10:04'] },
  { who: alex, does: { deliver: true }, sees: ['Megan Bowen tar hand om ärende HOT-2026-0001 (10:04).'] },
  { at: '10:20', who: megan, does: { click: 'Spara anteckning', fill: { note: 'Ringt Alex, allt lugnt.' } }, sees: ['Ringt Alex, allt lugnt.'] },
  { at: '10:30', who: megan, does: { click: 'Avsluta' }, sees: ['Avslutad av Megan Bowen 10:30'], buttons: [] },
  { who: alex, does: { deliver: true }, sees: ['Ärende HOT-2026-0001 är avslutat av Megan Bowen (10:30).'] },
];

let connector: ConnectorStandIn;
let bot: BotUnderTest;
let transcript: Transcript;
const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));

function script(name: string, rows: Row[]): void {
  describe(name, () => {
    beforeAll(async () => {
      connector.clear();
      bot = await startBot(kb, { reports: { connectorUrl: connector.url, clock } });
      transcript = new Transcript(bot, connector, clock);
    });
    afterAll(async () => bot.stop());

    it.each(rows.map((r) => [describeRow(r), r] as const))('%s', async (_label, row) => transcript.run(row));

    it('sent only cards that Teams accepts (Adaptive Card 1.5, under 28 KB)', () => {
      expect(allCardsValid(connector)).toEqual([]);
    });
  });
}

beforeAll(async () => {
  connector = await ConnectorStandIn.start();
});
afterAll(async () => connector.stop());

script('a lost work phone, from the report to the closed case', lostPhone);
script('a threat on the phone, from the report to the closed case', threat);

import { buildIndex, understand } from '../../../bot/domain/knowledge/understand';
import { loadKnowledgeBase } from '../../../bot/infra/knowledge/load';
import { startBot, type BotUnderTest } from '../../support/bot-under-test';
import { ConnectorStandIn } from '../../support/connector-stand-in';
import { PEOPLE } from '../../support/report-directory';
import { Transcript, describeRow, type Row } from './transcript';

/** Questions and answers, as a script of the conversation (Swedish), over the real HTTP stack. */
const kb = loadKnowledgeBase('knowledge');
const title = (id: string) => kb.entries.find((e) => e.id === id)!.title.sv;
const { alex } = PEOPLE;

// Whichever of these the engine finds unclear today: the script is about the conversation, not the thresholds.
const index = buildIndex(kb);
const unclear = ['semesterdagar', 'mejl mobil', 'telefon regler', 'outlook', 'signatur telefon', 'kod']
  .map((q) => ({ q, u: understand(q, index) }))
  .find(({ u }) => u.action === 'fallback' && u.suggestions.length >= 2);
if (!unclear || unclear.u.action !== 'fallback') throw new Error('none of the unclear questions gives "Menade du" any more: pick new ones');
const suggested = unclear.u.suggestions.map(title);

const conversation: Row[] = [
  { who: alex, does: { opens: 'chat' }, sees: ['Hej! Jag är Riktlinjeboten', 'Du kan till exempel fråga:', 'Hur ställer jag in telesvar på mobilen?'] },
  { who: alex, does: { say: 'hej' }, sees: ['Hej! Vad vill du veta om telefon eller e-post?'] },
  { who: alex, does: { say: 'Hur ställer jag in telesvar på mobilen?' }, sees: [title('telefon-telesvar-installera'), 'Källa: ', 'Fick du hjälp av svaret?'] },
  { who: alex, does: { click: '👍 Ja' }, sees: [title('telefon-telesvar-installera'), 'Tack för din återkoppling!'] },
  { who: alex, does: { say: unclear.q }, sees: ['Menade du …?'], buttons: [...suggested.slice(0, 3), 'Inget av dessa'] },
  { who: alex, does: { click: suggested[0]! }, sees: [suggested[0]!, 'Fick du hjälp av svaret?'] },
  { who: alex, does: { click: '👎 Nej' }, sees: ['Tack för din återkoppling!'] },
  { who: alex, does: { say: unclear.q }, sees: ['Menade du …?'] },
  { who: alex, does: { click: 'Inget av dessa' }, sees: ['Det vet jag tyvärr inte', 'Vänd dig till kanslienheten, så hjälper de dig.'] },
  { who: alex, does: { say: 'asdfgh qwerty zxcvb' }, sees: ['Det vet jag tyvärr inte', 'Jag hittar inget svar på det i riktlinjen för telefon och e-post.'] },
  { who: alex, does: { say: 'Hur delar jag min kalender med en kollega i Outlook?' }, sees: ['Det tar riktlinjen inte upp', 'Frågor om inställningar och funktioner i Outlook kan IT-enheten svara på.'] },
  { who: alex, does: { say: 'tack' }, sees: ['Varsågod! Fråga gärna igen om det är något mer.'] },
];

let connector: ConnectorStandIn;
let bot: BotUnderTest;
let transcript: Transcript;

beforeAll(async () => {
  connector = await ConnectorStandIn.start();
  bot = await startBot(kb);
  transcript = new Transcript(bot, connector);
});
afterAll(async () => {
  await bot.stop();
  await connector.stop();
});

describe('Alex asks Riktlinjeboten about the guideline', () => {
  it.each(conversation.map((r) => [describeRow(r), r] as const))('%s', async (_label, row) => transcript.run(row));

  it('keeps the questions nobody could answer for kansliet, with "Inget av dessa" among them', () => {
    const rows = bot.db.prepare('SELECT reason FROM unanswered').all() as { reason: string }[];
    expect(rows.map((r) => r.reason).sort()).toEqual(expect.arrayContaining(['fallback', 'none-of-these']));
  });
});

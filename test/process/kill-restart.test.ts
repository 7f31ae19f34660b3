import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Activity } from 'botbuilder';
import { runCases } from '../../bot/cli/cases';
import type { Person } from '../../bot/domain/directory/directory';
import { actionExecute, message } from '../support/activities';
import { ConnectorGate, eventually, killAllChildBots, startChildBot, type ChildBot } from '../support/child-bot';
import { ConnectorStandIn, type ConnectorCall } from '../support/connector-stand-in';
import { as, cardsOf, executes, hasCard, shownTexts } from '../support/report-flow';

/**
 * The real bot as a child process, killed with SIGKILL in the middle of a report and started
 * again on the same SQLite file: the outbox must deliver what was left, once. People and chain
 * come from knowledge/directory.yaml: in the demo unit Alex is his own manager (deputy Megan)
 * and Isaiah's manager.
 */
jest.setTimeout(20_000);

const alex: Person = { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' };
const isaiah: Person = { aadObjectId: '00000000-0000-0000-0000-0000000000023', name: 'Isaiah Langer' };
const chatOf = (p: Person) => `a:chat-${p.aadObjectId.slice(-4)}`;

let dir: string;
let connector: ConnectorStandIn;
let gate: ConnectorGate;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'riktlinjeboten-kill-'));
  connector = await ConnectorStandIn.start();
  gate = await ConnectorGate.start(connector.url);
});
afterAll(async () => {
  await killAllChildBots();
  await gate.stop();
  await connector.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  connector.clear();
  connector.recover();
  gate.open();
});
afterEach(async () => killAllChildBots());

let run = 0;
function files() {
  run += 1;
  return { dbPath: join(dir, `bot-${run}.sqlite`), logFile: join(dir, `bot-${run}.log`) };
}

async function start(f: { dbPath: string; logFile: string }): Promise<ChildBot> {
  return startChildBot({ ...f, connectorUrl: gate.url, dispatchIntervalMs: 100 });
}

/** What the bot wrote to the outbox and the cases table, read from the file between lives. */
function readDb(dbPath: string) {
  const db = new BetterSqlite3(dbPath);
  try {
    return {
      cases: db.prepare('SELECT id, state, version FROM cases').all() as { id: string; state: string; version: number }[],
      outbox: db.prepare('SELECT kind, recipient_id AS recipient, state, attempts, lease_owner AS leaseOwner FROM outbox ORDER BY created_at, kind').all() as {
        kind: string;
        recipient: string;
        state: string;
        attempts: number;
        leaseOwner: string | null;
      }[],
    };
  } finally {
    db.close();
  }
}

/** `npm run cases -- list`, as an admin would run it on the server. */
async function casesListed(dbPath: string): Promise<string> {
  let out = '';
  const code = await runCases(['list', '--db', dbPath], {}, { stdout: (t) => (out += t), stderr: (t) => (out += t) });
  expect(code).toBe(0);
  return out;
}

/** `p` writes the lost-phone command in their own chat; returns the form's submit data. */
async function openForm(bot: ChildBot, p: Person): Promise<Record<string, unknown>> {
  const before = connector.messages().length;
  const res = await bot.post(as(p, message('rapportera borttappad mobil', { serviceUrl: gate.url, conversationId: chatOf(p) })));
  expect(res.status).toBe(200);
  const posted = (await connector.waitForMessages(before + 1)).slice(before);
  const submit = executes(cardsOf(posted)).find((a) => a.verb === 'report.submit');
  if (!submit) throw new Error(`no form card; bot log:\n${bot.log().slice(-2000)}`);
  return submit.data as Record<string, unknown>;
}

function lostPhoneForm(): Record<string, unknown> {
  // Today in Swedish time, an hour ago: the form refuses a time in the future.
  const at = new Date(Date.now() - 60 * 60_000);
  const [date, time] = at.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).split(' ');
  return { 'phone-number': '070-123 45 67', 'lost-or-stolen': 'lost', 'when.date': date, 'when.time': time?.slice(0, 5), where: 'Bussen', 'locked-with-code': 'yes' };
}

/** Submits the form as `p`; returns the case number from the confirmation the invoke answered with. */
async function submit(bot: ChildBot, p: Person, data: Record<string, unknown>): Promise<string> {
  const res = await bot.post(as(p, actionExecute('report.submit', { ...data, ...lostPhoneForm() }, { serviceUrl: gate.url, conversationId: chatOf(p) })));
  expect(res.status).toBe(200);
  const shown = shownTexts((res.body as { value: unknown }).value).join(' ');
  expect(shown).toContain('Tack, din rapport är skickad');
  const id = /MOB-\d{4}-\d{4}/u.exec(shown)?.[0];
  if (!id) throw new Error(`no case number in the confirmation: ${shown}`);
  return id;
}

/** Case cards (they carry the case.refresh action) the connector accepted as new posts, not updates, in `p`'s chats. */
function cardPostsTo(p: Person): ConnectorCall[] {
  const chats = new Set([chatOf(p), ...connector.calls.filter((c) => c.kind === 'create-conversation' && c.status < 300 && (c.body as { members?: { id: string }[] }).members?.[0]?.id === p.aadObjectId).map((c) => c.conversationId)]);
  return connector.calls.filter((c) => c.kind === 'activity' && c.method === 'POST' && c.status < 300 && chats.has(c.conversationId) && isCaseCard(c));
}

function isCaseCard(c: ConnectorCall): boolean {
  return hasCard(c.activity) && cardsOf([c.activity]).some((card) => (card.refresh as { action?: { verb?: string } } | undefined)?.action?.verb === 'case.refresh');
}

function textsTo(p: Person): string[] {
  return connector.calls
    .filter((c) => c.kind === 'activity' && c.method === 'POST' && c.status < 300 && c.conversationId === chatOf(p) && c.activity.textFormat === 'plain' && typeof c.activity.text === 'string')
    .map((c) => (c.activity as Partial<Activity>).text as string);
}

/** A few dispatcher rounds (100 ms each) in which nothing more may happen. */
const quietRounds = () => new Promise((done) => setTimeout(done, 600));

describe('the bot killed with SIGKILL and started again on the same database', () => {
  it('delivers the manager card that was still in the outbox, exactly once, and keeps one case', async () => {
    const f = files();
    const first = await start(f);
    const form = await openForm(first, alex);
    // 412: transient to the bot, and not retried inside botbuilder (a 503 is, for some 7 s per send).
    connector.failAll({ status: 412 });
    const caseId = await submit(first, alex, form);

    // The card failed once and waits for its retry, not claimed by anyone: kill now.
    await eventually('a failed, unclaimed manager card in the outbox', () => {
      const row = readDb(f.dbPath).outbox.find((r) => r.kind === 'manager-card');
      return row && row.attempts >= 1 && row.state === 'pending' && row.leaseOwner === null ? row : undefined;
    });
    await first.kill();
    expect(cardPostsTo(alex)).toEqual([]);
    expect(connector.calls.some((c) => c.status === 412)).toBe(true);

    connector.recover();
    const second = await start(f);
    await eventually('the manager card posted after the restart', () => (cardPostsTo(alex).length > 0 ? true : undefined));
    await quietRounds();

    const posts = cardPostsTo(alex);
    expect(posts).toHaveLength(1);
    expect(shownTexts(cardsOf([posts[0]!.activity])).join(' ')).toContain(caseId);
    const after = readDb(f.dbPath);
    expect(after.cases).toEqual([{ id: caseId, state: 'open', version: 1 }]);
    expect(after.outbox).toEqual([expect.objectContaining({ kind: 'manager-card', recipient: alex.aadObjectId, state: 'sent' })]);
    const listed = await casesListed(f.dbPath);
    expect(listed.split(caseId)).toHaveLength(2);
    await second.kill();
  });

  it('sends no second manager card when it dies after the card was posted but before the reporter was told', async () => {
    const f = files();
    const first = await start(f);
    const form = await openForm(first, isaiah);
    const caseId = await submit(first, isaiah, form);
    const [card] = await eventually('the manager card to Alex', () => (cardPostsTo(alex).length === 1 ? cardPostsTo(alex) : undefined));

    // Isaiah's chat is refused: Alex's click updates his card, the update to Isaiah stays in the outbox.
    gate.block(chatOf(isaiah), 412);
    const ack = await first.post(as(alex, actionExecute('acknowledge', { caseId, version: 1 }, { serviceUrl: gate.url, conversationId: card!.conversationId, replyToId: card!.activityId ?? 'activity-1' })));
    expect(ack.status).toBe(200);
    expect(shownTexts((ack.body as { value: unknown }).value).join(' ')).toContain('Kvitterad av Alex Wilber');
    await eventually('a failed, unclaimed reporter update in the outbox', () => {
      const row = readDb(f.dbPath).outbox.find((r) => r.kind === 'reporter-update');
      return row && row.attempts >= 1 && row.state === 'pending' && row.leaseOwner === null ? row : undefined;
    });
    await first.kill();
    expect(textsTo(isaiah)).toEqual([]);
    expect(gate.refused.length).toBeGreaterThan(0);

    gate.open();
    const second = await start(f);
    await eventually('the reporter update after the restart', () => (textsTo(isaiah).length > 0 ? true : undefined));
    await quietRounds();

    expect(textsTo(isaiah)).toEqual([expect.stringMatching(new RegExp(`^Alex Wilber tar hand om ärende ${caseId} \\(\\d{2}:\\d{2}\\)\\.$`, 'u'))]);
    // Updates of the card in place are fine; a second posted card is not.
    expect(cardPostsTo(alex)).toHaveLength(1);
    const after = readDb(f.dbPath);
    expect(after.cases).toEqual([{ id: caseId, state: 'acknowledged', version: 2 }]);
    expect(after.outbox.every((r) => r.state === 'sent')).toBe(true);
    await second.kill();
  });
});

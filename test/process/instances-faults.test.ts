import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { composeAzureStore } from '../../bot/compose/compose-store';
import { openTables } from '../../bot/infra/azure/tables';
import { systemClock } from '../../bot/infra/clock';
import { actionExecute } from '../support/activities';
import { startDiskAzurite, type DiskAzurite } from '../support/azurite-on-disk';
import { killAllBotProcesses, startBotProcess, type BotProcess } from '../support/bot-process';
import { ConnectorStandIn, type ConnectorCall } from '../support/connector-stand-in';
import { FaultyConnector } from '../support/faulty-connector';
import { as, cardsOf, hasCard, shownTexts } from '../support/report-flow';
import { startRoundRobinProxy, type RoundRobinProxy } from '../support/round-robin-proxy';
import { between, seededRandom } from '../support/seeded-random';

/**
 * Three real bot processes (`bot/main.ts`, STORE=azure) on one Azurite behind a round-robin
 * proxy, while reports stream in from twelve people: one instance is killed with SIGKILL at a
 * seeded moment and started again, the connector answers a seeded share of sends with 429 or
 * 503, and (second test) Azurite itself is restarted mid-stream. Afterwards every report must be
 * one case with one manager card post, nothing lost and nothing twice.
 *
 * The outbox lease (OUTBOX_LEASE_MS, 2 minutes) must outlast a send with the Bot Framework client's
 * own retries, so it cannot be made short enough for this test without risking a second instance
 * sending a row still in flight: after the kill the test expires the dead process's leases in
 * storage instead of waiting. The takeover itself (claiming a row whose lease has passed) is the bot's.
 */
const SEED = 20261129;
const REPORTERS = 12;
const STREAM_SPACING_MS = 250;
const SUBMIT_DEADLINE_MS = 15_000;
const DELIVERY_TIMEOUT_MS = 20_000;
jest.setTimeout(35_000);

interface Reporter {
  aadObjectId: string;
  name: string;
  /** The unit manager who must get the card. */
  manager: string;
}

const MANAGERS = [0, 1, 2].map((u) => ({ aadObjectId: `10000000-0000-0000-0000-0000000001${u}0`, name: `Chef ${u + 1}`, key: `chef-${u + 1}` }));
const REPORTER_LIST: Reporter[] = Array.from({ length: REPORTERS }, (_, i) => ({
  aadObjectId: `10000000-0000-0000-0000-0000000002${String(i).padStart(2, '0')}`,
  name: `Medarbetare ${i + 1}`,
  manager: MANAGERS[i % 3]!.aadObjectId,
}));

/** Three units of four, each with its own manager; nobody reports to themselves. */
function directoryYaml(): string {
  const people = [...MANAGERS.map((m) => [m.key, m]), ...REPORTER_LIST.map((r, i) => [`medarbetare-${i + 1}`, r])]
    .map(([key, p]) => `  ${key as string}:\n    name: ${(p as Reporter).name}\n    aadObjectId: ${(p as Reporter).aadObjectId}`)
    .join('\n');
  const units = MANAGERS.map(
    (m, u) => `  - id: enhet-${u + 1}\n    name: Enhet ${u + 1}\n    manager: ${m.key}\n    members: [${REPORTER_LIST.map((_, i) => i).filter((i) => i % 3 === u).map((i) => `medarbetare-${i + 1}`).join(', ')}]`,
  ).join('\n');
  return `people:\n${people}\nunits:\n${units}\nfallback:\n  onCall:\n    title:\n      sv: Tjänsteman i beredskap\n      en: Duty officer\n    people: [chef-1]\nadmins: []\n`;
}

let dir: string;
let azurite: DiskAzurite;
let connector: ConnectorStandIn;
let faulty: FaultyConnector;
let bots: BotProcess[] = [];
let proxy: RoundRobinProxy | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'riktlinjeboten-faults-'));
  cpSync('knowledge', join(dir, 'knowledge'), { recursive: true });
  writeFileSync(join(dir, 'knowledge', 'directory.yaml'), directoryYaml());
  azurite = await startDiskAzurite(join(dir, 'azurite'));
  connector = await ConnectorStandIn.start();
  faulty = await FaultyConnector.start(connector.url);
}, 20_000);

afterEach(async () => {
  await proxy?.stop();
  proxy = undefined;
  await killAllBotProcesses();
  bots = [];
  connector.clear();
  faulty.heal();
});

afterAll(async () => {
  await killAllBotProcesses();
  await faulty?.stop();
  await connector?.stop();
  await azurite?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Three instances on one table prefix, each with its own log, behind the proxy. */
async function startInstances(prefix: string): Promise<void> {
  bots = await Promise.all(
    [0, 1, 2].map((i) =>
      startBotProcess({
        script: 'bot/main.ts',
        logFile: join(dir, `${prefix}-bot-${i}.log`),
        env: {
          BOT_MODE: 'local',
          STORE: 'azure',
          AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
          AZURE_TABLE_PREFIX: prefix,
          KNOWLEDGE_DIR: join(dir, 'knowledge'),
          DB_PATH: join(dir, `${prefix}-unused-${i}.sqlite`),
          DIRECTORY: 'yaml',
          LOG_LEVEL: 'info',
          TEAMS_SERVICE_URL: faulty.url,
          DISPATCH_INTERVAL_MS: '100',
        },
      }),
    ),
  );
  proxy = await startRoundRobinProxy(bots.map((b) => b.url));
}

function formFor(i: number): Record<string, unknown> {
  const at = new Date(Date.now() - 60 * 60_000);
  const [date, time] = at.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).split(' ');
  const when = { 'when.date': date, 'when.time': time?.slice(0, 5) };
  return i % 2 === 0
    ? { flow: 'lost-phone', 'phone-number': '070-123 45 67', 'lost-or-stolen': 'lost', where: 'Bussen', 'locked-with-code': 'yes', ...when }
    : { flow: 'phone-threat', 'what-was-said': 'Hotfullt samtal', ...when };
}

interface Outcome {
  reporter: Reporter;
  caseId: string;
  attempts: number;
  /** Statuses of the failed attempts (502 from the proxy while an instance was down, 5xx from a bot). */
  failures: number[];
  confirmedAt: number;
}

/**
 * One person presses Send until the bot confirms: each press is a new invoke (a new activity
 * id) with the same form, so the same submission key, as in Teams after an error message.
 */
async function report(i: number): Promise<Outcome> {
  const reporter = REPORTER_LIST[i]!;
  const data = { ...formFor(i), submissionKey: randomUUID(), lang: 'sv' };
  const failures: number[] = [];
  const deadline = Date.now() + SUBMIT_DEADLINE_MS;
  for (let attempt = 1; Date.now() < deadline; attempt++) {
    const activity = as(reporter, actionExecute('report.submit', data, { serviceUrl: faulty.url, conversationId: `a:chat-${i}` }) as Partial<Activity>);
    const res = await fetch(`${proxy!.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }).catch(() => null);
    const body = res ? await res.text() : '';
    const caseId = res?.status === 200 ? /(?:MOB|HOT)-\d{4}-\d{4}/u.exec(shownTexts(parseValue(body)).join(' '))?.[0] : undefined;
    if (caseId) return { reporter, caseId, attempts: attempt, failures, confirmedAt: Date.now() };
    failures.push(res?.status ?? 0);
    await new Promise((done) => setTimeout(done, 150));
  }
  throw new Error(`report ${i} was not confirmed within ${SUBMIT_DEADLINE_MS} ms (failed attempts: ${failures.join(', ')})`);
}

function parseValue(body: string): unknown {
  try {
    return (JSON.parse(body) as { value?: unknown }).value;
  } catch {
    return null;
  }
}

/** The reports, started STREAM_SPACING_MS apart, running side by side. */
function stream(): Promise<Outcome[]> {
  return Promise.all(REPORTER_LIST.map((_, i) => new Promise((done) => setTimeout(done, i * STREAM_SPACING_MS)).then(() => report(i))));
}

/** In place of waiting 2 minutes: the dead process's outbox leases run out now. Returns the cases it was sending for. */
async function expireLeasesOf(prefix: string, pid: number): Promise<Set<string>> {
  const { cases } = await openTables(azurite.connectionString, prefix, { create: false });
  const held = new Set<string>();
  for await (const row of cases.listEntities<{ leaseOwner?: string; leaseUntil?: string }>({ queryOptions: { filter: "state eq 'pending'" } })) {
    if (!row.leaseOwner?.includes(`:${pid}:`) || !row.leaseUntil || row.leaseUntil < new Date().toISOString() || row.partitionKey === undefined || row.rowKey === undefined) continue;
    await cases.updateEntity({ partitionKey: row.partitionKey, rowKey: row.rowKey, leaseUntil: new Date(Date.now() - 1000).toISOString() }, 'Merge', { etag: row.etag });
    held.add(row.partitionKey);
  }
  return held;
}

/** Successful posts (not updates) of a case card naming `caseId`. */
function cardPostsOf(caseId: string): ConnectorCall[] {
  return connector.calls.filter(
    (c) => c.kind === 'activity' && c.method === 'POST' && c.status < 300 && hasCard(c.activity) && shownTexts(cardsOf([c.activity])).join(' ').includes(caseId),
  );
}

/** Whom the bot created the chat for (members[0] of POST /v3/conversations). */
function memberOf(conversationId: string): string | undefined {
  const created = connector.calls.find((c) => c.kind === 'create-conversation' && c.status < 300 && c.conversationId === conversationId);
  return (created?.body as { members?: { id: string }[] } | undefined)?.members?.[0]?.id;
}

async function waitForCards(caseIds: string[]): Promise<void> {
  const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
  while (caseIds.some((id) => cardPostsOf(id).length === 0)) {
    if (Date.now() > deadline) {
      const missing = caseIds.filter((id) => cardPostsOf(id).length === 0);
      throw new Error(`no manager card within ${DELIVERY_TIMEOUT_MS} ms for ${missing.join(', ')}\n--- logs ---\n${bots.map((b) => b.log().slice(-1500)).join('\n---\n')}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  // A few dispatcher rounds in which nothing more may be sent.
  await new Promise((done) => setTimeout(done, 1000));
}

/**
 * `inFlight`: cases whose card the killed process held, mid-send, when it died. Delivery is at least
 * once: if the connector had taken that card just before the kill, nobody can know, and the instance
 * that takes the row over posts it again. Only those cases may show a second post; all others one.
 */
async function expectOneCaseAndOneCardEach(prefix: string, outcomes: Outcome[], inFlight: ReadonlySet<string> = new Set()): Promise<void> {
  const caseIds = outcomes.map((o) => o.caseId);
  expect(new Set(caseIds).size).toBe(REPORTERS);
  await waitForCards(caseIds);
  for (const o of outcomes) {
    const posts = cardPostsOf(o.caseId);
    const allowed = inFlight.has(o.caseId) ? Math.min(posts.length, 2) : 1;
    expect({ caseId: o.caseId, posts: posts.length }).toEqual({ caseId: o.caseId, posts: allowed });
    expect(memberOf(posts[0]!.conversationId)).toBe(o.reporter.manager);
  }
  const stores = await composeAzureStore(azurite.connectionString, prefix, systemClock);
  const stored = await stores.cases.list(100);
  expect(stored.map((c) => c.id).sort()).toEqual([...caseIds].sort());
  for (const id of caseIds) {
    const c = await stores.cases.get(id);
    expect({ id, delivered: c?.events.filter((e) => e.type === 'delivered').length }).toEqual({ id, delivered: 1 });
  }
  expect(await stores.outbox.counts()).toEqual({ pending: 0, sent: REPORTERS, failed: 0 });
}

describe('three bot processes on one Azurite, under faults', () => {
  it('keeps one case and one manager card per report when an instance is killed with SIGKILL mid-stream and the connector throttles and fails', async () => {
    const random = seededRandom(SEED);
    const prefix = 'faultskill';
    await startInstances(prefix);
    faulty.inject({ rate: 0.3, throttledShare: 0.6, random });
    const victim = between(random, 0, 2);
    const killAtMs = between(random, 300, (REPORTERS * STREAM_SPACING_MS) / 2);
    const downMs = between(random, 300, 1200);

    const chaos = (async () => {
      await new Promise((done) => setTimeout(done, killAtMs));
      const pid = bots[victim]!.pid();
      await bots[victim]!.kill();
      const inFlight = await expireLeasesOf(prefix, pid);
      await new Promise((done) => setTimeout(done, downMs));
      await bots[victim]!.restart();
      return inFlight;
    })();
    const [outcomes, inFlight] = await Promise.all([stream(), chaos]);
    faulty.heal();

    await expectOneCaseAndOneCardEach(prefix, outcomes, inFlight);
    expect(new Set(proxy!.routed)).toEqual(new Set([0, 1, 2]));
    // Some press of Send reached the dead instance (the proxy's 502) and was repeated.
    expect(outcomes.flatMap((o) => o.failures)).toContain(502);
    expect(faulty.injected.some((f) => f.status === 429)).toBe(true);
    expect(faulty.injected.some((f) => f.status === 503)).toBe(true);
  });

  it('keeps one case and one manager card per report when Azurite is restarted mid-stream', async () => {
    const random = seededRandom(SEED + 1);
    const prefix = 'faultsstore';
    await startInstances(prefix);
    faulty.inject({ rate: 0.2, throttledShare: 0.6, random });
    const restartAtMs = between(random, 300, (REPORTERS * STREAM_SPACING_MS) / 2);
    const downMs = between(random, 300, 1000);

    let restartedAt = 0;
    const chaos = (async () => {
      await new Promise((done) => setTimeout(done, restartAtMs));
      await azurite.restart(downMs);
      restartedAt = Date.now();
    })();
    const [outcomes] = await Promise.all([stream(), chaos]);
    faulty.heal();

    await expectOneCaseAndOneCardEach(prefix, outcomes);
    // The outage fell inside the stream: some report was confirmed only after Azurite was back.
    expect(Math.max(...outcomes.map((o) => o.confirmedAt))).toBeGreaterThan(restartedAt);
  });
});

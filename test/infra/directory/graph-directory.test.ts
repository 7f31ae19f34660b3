import { assigneeChain } from '../../../bot/domain/directory/directory';
import { DirectoryAccessError, DirectoryUnavailableError, GraphDirectory, type GraphDirectoryConfig } from '../../../bot/infra/directory/graph-directory';
import { GraphStandIn, type GraphUser } from '../../support/graph-stand-in';
import { ManualClock } from '../sqlite/fixtures';

const credentials = { tenantId: '11111111-2222-3333-4444-555555555555', clientId: 'riktlinjeboten-app', clientSecret: 'stand-in-secret' };

const alex: GraphUser = { id: 'aaaaaaaa-0000-0000-0000-000000000001', displayName: 'Alex Wilber', mail: 'alex@oxelosund.example', managerId: 'mmmmmmmm-0000-0000-0000-000000000002' };
const maja: GraphUser = { id: 'mmmmmmmm-0000-0000-0000-000000000002', displayName: 'Maja Lind', mail: 'maja@oxelosund.example', managerId: 'cccccccc-0000-0000-0000-000000000003' };
const chief: GraphUser = { id: 'cccccccc-0000-0000-0000-000000000003', displayName: 'Kim Chef', mail: null, userPrincipalName: 'kim@oxelosund.example' };

describe('GraphDirectory', () => {
  let graph: GraphStandIn;
  let clock: ManualClock;

  beforeAll(async () => {
    graph = await GraphStandIn.start(credentials);
  });
  afterAll(async () => {
    await graph.stop();
  });
  beforeEach(() => {
    graph.clear();
    graph.setUsers([alex, maja, chief]);
    clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  });

  function directory(overrides: Partial<GraphDirectoryConfig> = {}): GraphDirectory {
    return new GraphDirectory({ ...credentials, authorityHost: graph.origin, graphBaseUrl: graph.graphBaseUrl, ...overrides }, { clock });
  }

  it('finds the nearest manager with an app-only token', async () => {
    const manager = await directory().managerOf(alex.id);

    expect(manager).toEqual({ aadObjectId: maja.id, name: 'Maja Lind', email: 'maja@oxelosund.example' });
    const [call] = graph.graphRequests();
    expect(call).toMatchObject({ kind: 'manager', path: `/v1.0/users/${alex.id}/manager`, select: 'id,displayName,mail,userPrincipalName', status: 200 });
    expect(call?.bearer).toBe(graph.lastIssuedToken());
  });

  it('uses the user principal name as e-mail when the manager has no mail', async () => {
    expect(await directory().managerOf(maja.id)).toEqual({ aadObjectId: chief.id, name: 'Kim Chef', email: 'kim@oxelosund.example' });
  });

  it('answers null when Graph has no manager set (404)', async () => {
    expect(await directory().managerOf(chief.id)).toBeNull();
    expect(graph.graphRequests().map((r) => r.status)).toEqual([404]);
  });

  it('looks up a person by object id', async () => {
    const dir = directory();

    expect(await dir.person(maja.id)).toEqual({ aadObjectId: maja.id, name: 'Maja Lind', email: 'maja@oxelosund.example' });
    expect(await dir.person('ffffffff-0000-0000-0000-00000000dead')).toBeNull();
    expect(graph.graphRequests()[0]).toMatchObject({ kind: 'user', path: `/v1.0/users/${maja.id}`, select: 'id,displayName,mail' });
  });

  it('has no deputies, since Graph has no such notion', async () => {
    expect(await directory().deputiesOf(maja.id)).toEqual([]);
  });

  it('fetches the token once and reuses it for later calls', async () => {
    const dir = directory();

    await dir.managerOf(alex.id);
    await dir.managerOf(maja.id);
    await dir.person(chief.id);

    expect(graph.tokenRequests()).toHaveLength(1);
    expect(new Set(graph.graphRequests().map((r) => r.bearer))).toEqual(new Set([graph.lastIssuedToken()]));
    expect(graph.requests.filter((r) => r.kind === 'unknown')).toEqual([]);
  });

  it('remembers a lookup for the cache time, then asks Graph again', async () => {
    const dir = directory({ cacheTtlMs: 10 * 60_000 });

    await dir.managerOf(alex.id);
    await dir.managerOf(alex.id.toUpperCase());
    clock.set('2026-03-02T09:09:59Z');
    await dir.managerOf(alex.id);
    expect(graph.graphRequests()).toHaveLength(1);

    clock.set('2026-03-02T09:10:01Z');
    graph.setUsers([{ ...alex, managerId: chief.id }, maja, chief]);
    expect(await dir.managerOf(alex.id)).toMatchObject({ aadObjectId: chief.id });
    expect(graph.graphRequests()).toHaveLength(2);
  });

  it('remembers "no manager" too', async () => {
    const dir = directory();

    await dir.managerOf(chief.id);
    await dir.managerOf(chief.id);

    expect(graph.graphRequests()).toHaveLength(1);
  });

  it('shares one Graph call between concurrent lookups of the same user', async () => {
    const dir = directory();

    const [a, b] = await Promise.all([dir.managerOf(alex.id), dir.managerOf(alex.id)]);

    expect(a).toEqual(b);
    expect(graph.graphRequests()).toHaveLength(1);
  });

  it('refuses with DirectoryAccessError naming User.Read.All when Graph answers 403', async () => {
    graph.failNext({ status: 403 });

    const error = await directory().managerOf(alex.id).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DirectoryAccessError);
    expect((error as DirectoryAccessError).status).toBe(403);
    expect((error as Error).message).toMatch(/User\.Read\.All/);
    expect((error as Error).message).toMatch(/admin consent/i);
    expect(graph.graphRequests()).toHaveLength(1);
  });

  it('does not remember a failure: the next lookup asks again', async () => {
    graph.failNext({ status: 403 });
    const dir = directory();
    await expect(dir.managerOf(alex.id)).rejects.toBeInstanceOf(DirectoryAccessError);

    expect(await dir.managerOf(alex.id)).toMatchObject({ aadObjectId: maja.id });
  });

  it('refuses with DirectoryAccessError when Entra ID rejects the client secret', async () => {
    const error = await directory({ clientSecret: 'wrong' }).managerOf(alex.id).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DirectoryAccessError);
    expect((error as DirectoryAccessError).status).toBeNull();
    expect((error as Error).message).toMatch(/client secret/);
    expect(graph.graphRequests()).toEqual([]);
  });

  it('retries once after a 503 and succeeds', async () => {
    graph.failNext({ status: 503, headers: { 'retry-after': '0' } });

    expect(await directory().managerOf(alex.id)).toMatchObject({ aadObjectId: maja.id });
    expect(graph.graphRequests().map((r) => r.status)).toEqual([503, 200]);
  });

  it('waits as long as Retry-After asks before the retry', async () => {
    graph.failNext({ status: 429, headers: { 'retry-after': '1' } });
    const started = performance.now();

    await directory().managerOf(alex.id);

    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(graph.graphRequests().map((r) => r.status)).toEqual([429, 200]);
  });

  it('gives up at once when Retry-After is longer than it is willing to wait', async () => {
    graph.failNext({ status: 429, headers: { 'retry-after': '30' } });

    const error = await directory().managerOf(alex.id).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DirectoryUnavailableError);
    expect((error as DirectoryUnavailableError).retryAfterMs).toBe(30_000);
    expect(graph.graphRequests()).toHaveLength(1);
  });

  it('throws DirectoryUnavailableError when Graph answers 503 twice', async () => {
    graph.failNext({ status: 503 }, 2);

    await expect(directory().managerOf(alex.id)).rejects.toBeInstanceOf(DirectoryUnavailableError);
    expect(graph.graphRequests().map((r) => r.status)).toEqual([503, 503]);
  });

  it('throws DirectoryUnavailableError when Graph does not answer in time', async () => {
    graph.failNext({ delayMs: 600 }, 2);
    const started = performance.now();

    const error = await directory({ timeoutMs: 150 }).person(alex.id).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DirectoryUnavailableError);
    expect((error as Error).message).toMatch(/150 ms/);
    // Two attempts of 150 ms each: it retried once, and did not wait for the slow answers.
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(performance.now() - started).toBeLessThan(1200);
  });

  it('throws DirectoryUnavailableError when Entra ID cannot be reached for a token', async () => {
    const error = await directory({ authorityHost: 'http://127.0.0.1:1' }).managerOf(alex.id).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DirectoryUnavailableError);
    expect(graph.graphRequests()).toEqual([]);
  });

  it('treats an org contact as manager as no manager, and logs ids only', async () => {
    const contact: GraphUser = { id: 'eeeeeeee-0000-0000-0000-000000000007', displayName: 'Extern Konsult', type: 'orgContact' };
    graph.setUsers([{ ...alex, managerId: contact.id }, contact]);
    const warnings: unknown[][] = [];
    const dir = new GraphDirectory(
      { ...credentials, authorityHost: graph.origin, graphBaseUrl: graph.graphBaseUrl },
      { clock, logger: { warn: (...args: unknown[]) => void warnings.push(args) } as never },
    );

    expect(await dir.managerOf(alex.id)).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings)).toContain(contact.id);
    expect(JSON.stringify(warnings)).not.toMatch(/Extern Konsult|Alex Wilber/);
  });

  it('feeds the assignee chain: manager, then skip-level, then on-call', async () => {
    const onCall = { aadObjectId: 'oooooooo-0000-0000-0000-000000000009', name: 'Tjänsteman i beredskap' };

    const chain = await assigneeChain(alex.id, directory(), { onCall: [onCall] });

    expect(chain.map((l) => [l.role, l.person.aadObjectId])).toEqual([
      ['manager', maja.id],
      ['skip-level', chief.id],
      ['on-call', onCall.aadObjectId],
    ]);
  });
});

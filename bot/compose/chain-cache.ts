import { assigneeChain, type ChainLink, type Directory, type Fallback } from '../domain/directory/directory';
import type { Clock } from '../domain/ports';
import type { Logger } from '../infra/logger';

/** Nobody: used when the directory cannot be asked, so the report still reaches the on-call fallback. */
const NOBODY: Directory = { managerOf: async () => null, deputiesOf: async () => [], person: async () => null };

interface Entry {
  chain: Promise<ChainLink[]>;
  settled: ChainLink[] | null;
  until: number;
}

/**
 * Each reporter's assignee chain, looked up when the form is shown (a message turn, or in the
 * background) so that the submit, an invoke that must answer within 5 s, finds it ready instead
 * of calling Microsoft Graph. A failed lookup gives the on-call fallback and is not remembered.
 */
export class ChainCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly directory: Directory,
    private readonly fallback: Fallback,
    private readonly clock: Clock,
    private readonly logger: Pick<Logger, 'warn'>,
    private readonly ttlMs = 10 * 60_000,
  ) {}

  /** Starts (or reuses) the lookup; never rejects. */
  prepare(reporterId: string): Promise<ChainLink[]> {
    const key = reporterId.toLowerCase();
    const now = this.clock.now().getTime();
    const cached = this.entries.get(key);
    if (cached && cached.until > now) return cached.chain;
    const entry: Entry = { chain: Promise.resolve([]), settled: null, until: now + this.ttlMs };
    entry.chain = assigneeChain(reporterId, this.directory, this.fallback).then(
      (chain) => (entry.settled = chain),
      async (error: unknown) => {
        this.entries.delete(key);
        this.logger.warn({ reporterId, err: { name: (error as Error)?.name } }, 'directory lookup failed; the report goes to the on-call fallback');
        return assigneeChain(reporterId, NOBODY, this.fallback);
      },
    );
    this.entries.set(key, entry);
    return entry.chain;
  }

  /** The chain, waiting at most `waitMs` for a lookup still under way; null if it is not ready by then. */
  async ready(reporterId: string, waitMs: number): Promise<ChainLink[] | null> {
    const chain = this.prepare(reporterId);
    const settled = this.entries.get(reporterId.toLowerCase())?.settled;
    if (settled) return settled;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((done) => (timer = setTimeout(() => done(null), waitMs)));
    try {
      return await Promise.race([chain, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

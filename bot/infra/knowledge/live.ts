import { watch, type FSWatcher } from 'chokidar';
import { buildIndex, type KnowledgeIndex } from '../../domain/knowledge/understand';
import type { Logger } from '../logger';
import { checkKnowledgeBase, loadKnowledgeBase } from './load';
import { formatProblem } from './problem';

/** The knowledge index the bot answers from, replaced whenever kansliet saves a valid edit. */
export interface LiveKnowledge {
  current(): KnowledgeIndex;
  /** 1 after the initial load, +1 for every reload that went live. */
  version(): number;
  close(): Promise<void>;
}

export interface LiveKnowledgeOptions {
  logger: Logger;
  /** Editors save in bursts (temp file, rename, chmod); one reload per burst. */
  debounceMs?: number;
  onReload?: (version: number) => void;
}

const DEFAULT_DEBOUNCE_MS = 150;

class Live implements LiveKnowledge {
  private index: KnowledgeIndex;
  private currentVersion = 1;
  private timer: NodeJS.Timeout | undefined;
  private watcher: FSWatcher | undefined;

  constructor(
    private readonly dir: string,
    private readonly options: LiveKnowledgeOptions,
  ) {
    this.index = buildIndex(loadKnowledgeBase(dir));
  }

  async start(): Promise<void> {
    const watcher = watch(this.dir, { ignoreInitial: true });
    this.watcher = watcher;
    watcher.on('all', () => this.schedule());
    watcher.on('error', (error) => this.options.logger.error({ err: error }, 'Bevakningen av kunskapsbasen gav ett fel'));
    await new Promise<void>((resolve) => watcher.once('ready', resolve));
  }

  current(): KnowledgeIndex {
    return this.index;
  }

  version(): number {
    return this.currentVersion;
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.watcher?.close();
    this.watcher = undefined;
  }

  private schedule(): void {
    if (!this.watcher) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.reload(), this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  private reload(): void {
    const { logger } = this.options;
    try {
      const { kb, problems } = checkKnowledgeBase(this.dir);
      if (!kb) {
        for (const p of problems) logger.warn({ file: p.file, line: p.line, column: p.column }, formatProblem(p));
        logger.warn({ problems: problems.length, version: this.currentVersion }, 'Kunskapsbasen har fel; den senaste fungerande versionen används');
        return;
      }
      this.index = buildIndex(kb);
      this.currentVersion += 1;
      logger.info({ version: this.currentVersion, entries: kb.entries.length, areas: kb.notCovered.length }, 'Kunskapsbasen laddades om');
      this.options.onReload?.(this.currentVersion);
    } catch (error) {
      logger.error({ err: error, version: this.currentVersion }, 'Kunskapsbasen kunde inte laddas om; den senaste fungerande versionen används');
    }
  }
}

/**
 * Loads the knowledge folder and keeps it live while the bot runs. Throws
 * KnowledgeBaseInvalidError when the initial load fails: the bot must not start on a broken one.
 */
export async function startLiveKnowledge(dir: string, options: LiveKnowledgeOptions): Promise<LiveKnowledge> {
  const live = new Live(dir, options);
  await live.start();
  return live;
}

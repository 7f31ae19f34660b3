import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeStore, type SqliteStores } from '../../../bot/compose/compose-store';
import { openDatabase } from '../../../bot/infra/sqlite/database';
import { readQuestionReport } from '../../../bot/infra/sqlite/question-report';
import { purgeOlderThan } from '../../../bot/infra/sqlite/retention';
import type { StoreBackend } from '../../contracts/backend';
import { describeCaseStoreContract } from '../../contracts/case-store.contract';
import { describeOutboxContract } from '../../contracts/outbox.contract';
import { describeQuestionReportContract } from '../../contracts/question-report.contract';
import { describeSmallStoresContract } from '../../contracts/small-stores.contract';

/** Each instance is its own connection to one database file, as two bot processes on one machine. */
const sqlite: StoreBackend = {
  name: 'SQLite',
  async open(clock) {
    const dir = mkdtempSync(join(tmpdir(), 'contract-'));
    const file = join(dir, 'bot.sqlite');
    let open: SqliteStores[] = [];
    const closeAll = async () => {
      for (const s of open.splice(0)) await s.close();
    };
    return {
      async instance() {
        const stores = composeStore(file, clock);
        open.push(stores);
        return stores;
      },
      restart: closeAll,
      async storedUnanswered() {
        const db = openDatabase(file);
        try {
          return (db.prepare('SELECT text FROM unanswered ORDER BY id').all() as { text: string }[]).map((r) => r.text);
        } finally {
          db.close();
        }
      },
      async questionReport(since, until) {
        const db = openDatabase(file);
        try {
          return readQuestionReport(db, since, until);
        } finally {
          db.close();
        }
      },
      async purgeQuestionLog(cutoff) {
        const db = openDatabase(file);
        try {
          purgeOlderThan(db, cutoff);
        } finally {
          db.close();
        }
      },
      async close() {
        await closeAll();
        open = [];
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

describeCaseStoreContract(sqlite);
describeOutboxContract(sqlite);
describeSmallStoresContract(sqlite);
describeQuestionReportContract(sqlite);

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../../bot/infra/sqlite/database';
import { migrations } from '../../../bot/infra/sqlite/migrations';
import { casesMigration } from '../../../bot/infra/sqlite/migrations/002-cases';
import { SqliteConversationRefs } from '../../../bot/infra/sqlite/conversation-refs';

interface Ref {
  conversation: { id: string };
  serviceUrl: string;
}

describe('SqliteConversationRefs', () => {
  it('keeps the latest reference per user across a restart, whatever the id’s letter case', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refs-'));
    const file = path.join(dir, 'bot.sqlite');
    const list = [...migrations.filter((m) => m.version < casesMigration.version), casesMigration];
    const clock = { now: () => new Date('2026-03-02T09:00:00Z') };
    try {
      const db = openDatabase(file, { migrations: list });
      const refs = new SqliteConversationRefs<Ref>(db, clock);
      expect(await refs.get('AAD-1')).toBeNull();
      await refs.upsert('AAD-1', { conversation: { id: 'old' }, serviceUrl: 'https://smba' });
      await refs.upsert('aad-1', { conversation: { id: 'new' }, serviceUrl: 'https://smba' });
      db.close();
      const reopened = openDatabase(file, { migrations: list });
      expect(await new SqliteConversationRefs<Ref>(reopened, clock).get('Aad-1')).toEqual({ conversation: { id: 'new' }, serviceUrl: 'https://smba' });
      reopened.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

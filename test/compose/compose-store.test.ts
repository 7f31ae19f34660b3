import { composeStores } from '../../bot/compose/compose-store';
import { AzureStorageConfigError } from '../../bot/infra/azure/tables';
import { IN_MEMORY } from '../../bot/infra/sqlite/database';
import { useAzurite } from '../support/azurite';

const clock = { now: () => new Date('2026-03-02T09:00:00Z') };
const azurite = useAzurite();

describe('composeStores', () => {
  it('keeps everything in SQLite by default', async () => {
    const stores = await composeStores({ kind: 'sqlite' }, IN_MEMORY, clock);
    expect(stores.kind).toBe('sqlite');
    expect(await stores.dedupe.firstTime('a')).toBe(true);
    await stores.close();
  });

  it('keeps everything in Azure Table Storage with STORE=azure, creating the tables on first start', async () => {
    const config = { kind: 'azure' as const, connectionString: azurite.current().connectionString, tablePrefix: azurite.current().freshPrefix() };
    const first = await composeStores(config, 'unused.sqlite', clock);
    expect(first.kind).toBe('azure');
    expect(await first.dedupe.firstTime('a')).toBe(true);
    const second = await composeStores(config, 'unused.sqlite', clock);
    expect(await second.dedupe.firstTime('a')).toBe(false);
  });

  it('says what to fix when the connection string cannot be read', async () => {
    await expect(composeStores({ kind: 'azure', connectionString: 'not a connection string', tablePrefix: 'rb' }, '', clock)).rejects.toThrow(AzureStorageConfigError);
    await expect(composeStores({ kind: 'azure', connectionString: azurite.current().connectionString, tablePrefix: 'rb-x' }, '', clock)).rejects.toThrow(/AZURE_TABLE_PREFIX/);
  });
});

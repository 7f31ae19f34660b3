import { ConfigError, loadConfig } from '../bot/config';

describe('loadConfig: where the bot keeps its data', () => {
  it('uses the SQLite file unless told otherwise', () => {
    expect(loadConfig({}).store).toEqual({ kind: 'sqlite' });
    expect(loadConfig({ STORE: 'sqlite', AZURE_STORAGE_CONNECTION_STRING: 'ignored' }).store).toEqual({ kind: 'sqlite' });
  });

  it('uses Azure Table Storage with STORE=azure, with the tables prefixed rb by default', () => {
    expect(loadConfig({ STORE: 'azure', AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).store).toEqual({
      kind: 'azure',
      connectionString: 'UseDevelopmentStorage=true',
      tablePrefix: 'rb',
    });
    expect(loadConfig({ STORE: 'azure', AZURE_STORAGE_CONNECTION_STRING: 'x', AZURE_TABLE_PREFIX: 'rbtest2' }).store).toMatchObject({ tablePrefix: 'rbtest2' });
  });

  it('says what to set when STORE=azure has no connection string', () => {
    expect(() => loadConfig({ STORE: 'azure' })).toThrow(ConfigError);
    expect(() => loadConfig({ STORE: 'azure' })).toThrow(/AZURE_STORAGE_CONNECTION_STRING/);
  });

  it('refuses an unknown store and a table prefix Azure would not accept', () => {
    expect(() => loadConfig({ STORE: 'cosmos' })).toThrow(/STORE/);
    expect(() => loadConfig({ STORE: 'azure', AZURE_STORAGE_CONNECTION_STRING: 'x', AZURE_TABLE_PREFIX: 'rb-prod' })).toThrow(/AZURE_TABLE_PREFIX: letters and digits only/);
  });
});

import { ConfigError, loadConfig } from '../bot/config';

describe('loadConfig', () => {
  it('runs locally with zero configuration: anonymous, port 3978, embedded store', () => {
    expect(loadConfig({})).toEqual({
      port: 3978,
      knowledgeDir: 'knowledge',
      dbPath: 'data/riktlinjeboten.sqlite',
      logLevel: 'info',
      retentionDays: 365,
      caseRetentionDays: 730,
      maxBodyBytes: 262_144,
      botMode: 'local',
      bot: { appId: '', appPassword: '', tenantId: '', appType: 'SingleTenant' },
      reports: {
        directory: 'yaml',
        graph: null,
        dispatchIntervalMs: 1000,
        schedulerIntervalMs: 15_000,
        outboxLeaseMs: 120_000,
        teamsTenantId: '00000000-0000-0000-0000-0000000000001',
        teamsServiceUrl: 'http://localhost:56150/_connector',
      },
      store: { kind: 'sqlite' },
    });
  });

  it('treats empty settings as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: ' ' }).port).toBe(3978);
  });

  it('reads every setting', () => {
    const c = loadConfig({ PORT: '8080', KNOWLEDGE_DIR: 'kb', DB_PATH: '/var/lib/bot.sqlite', LOG_LEVEL: 'debug', RETENTION_DAYS: '30', MAX_BODY_BYTES: '10000' });
    expect(c).toMatchObject({ port: 8080, knowledgeDir: 'kb', dbPath: '/var/lib/bot.sqlite', logLevel: 'debug', retentionDays: 30, maxBodyBytes: 10_000 });
  });

  it('stays anonymous in local mode even when credentials are in the environment', () => {
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 't' }).bot.appId).toBe('');
  });

  it('uses the credentials in production mode', () => {
    const c = loadConfig({ BOT_MODE: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 'tenant' });
    expect(c.bot).toEqual({ appId: 'id', appPassword: 'pw', tenantId: 'tenant', appType: 'SingleTenant' });
  });

  it('refuses production mode without app id, password and tenant, naming what is missing', () => {
    expect(() => loadConfig({ BOT_MODE: 'production', MicrosoftAppId: 'id' })).toThrow(ConfigError);
    expect(() => loadConfig({ BOT_MODE: 'production', MicrosoftAppId: 'id' })).toThrow(/MicrosoftAppPassword, MicrosoftAppTenantId.*BOT_MODE=local/s);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['RETENTION_DAYS', '0'],
    ['BOT_MODE', 'prod'],
    ['LOG_LEVEL', 'loud'],
  ])('refuses %s=%s with a message naming the setting', (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(new RegExp(key));
  });
});

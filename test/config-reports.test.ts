import { ConfigError, loadConfig } from '../bot/config';

describe('loadConfig: report delivery', () => {
  it('uses the Microsoft app registration for Graph unless GRAPH_* say otherwise', () => {
    const env = { BOT_MODE: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant', DIRECTORY: 'graph' };
    expect(loadConfig(env).reports).toMatchObject({
      directory: 'graph',
      graph: { tenantId: 'tenant', clientId: 'app', clientSecret: 'secret' },
      teamsTenantId: 'tenant',
      teamsServiceUrl: 'https://smba.trafficmanager.net/teams/',
    });
    expect(loadConfig({ ...env, GRAPH_CLIENT_ID: 'graph-app', GRAPH_BASE_URL: 'http://127.0.0.1:1/v1.0' }).reports.graph).toMatchObject({ clientId: 'graph-app', graphBaseUrl: 'http://127.0.0.1:1/v1.0' });
  });

  it('refuses DIRECTORY=graph without credentials, naming what to set', () => {
    expect(() => loadConfig({ DIRECTORY: 'graph' })).toThrow(ConfigError);
    expect(() => loadConfig({ DIRECTORY: 'graph' })).toThrow(/GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET/);
  });

  it('reads the loop intervals and refuses nonsense', () => {
    expect(loadConfig({ DISPATCH_INTERVAL_MS: '250', SCHEDULER_INTERVAL_MS: '5000' }).reports).toMatchObject({ dispatchIntervalMs: 250, schedulerIntervalMs: 5000 });
    expect(() => loadConfig({ DISPATCH_INTERVAL_MS: 'soon' })).toThrow(/DISPATCH_INTERVAL_MS/);
    expect(() => loadConfig({ DIRECTORY: 'ldap' })).toThrow(/DIRECTORY/);
  });
});

import { ConfigError, loadConfig } from '../../bot/config';

/** BOT_OPENID_METADATA_URL: where production mode reads the token signing keys (tests, sovereign clouds). */
const production = { BOT_MODE: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant' };

describe('BOT_OPENID_METADATA_URL', () => {
  it('is unset by default, so botbuilder uses the public cloud’s metadata', () => {
    expect(loadConfig(production).bot.openIdMetadataUrl).toBeUndefined();
  });

  it('is passed on in production mode', () => {
    const url = 'http://127.0.0.1:4000/v1/.well-known/openidconfiguration';
    expect(loadConfig({ ...production, BOT_OPENID_METADATA_URL: url }).bot.openIdMetadataUrl).toBe(url);
  });

  it('is ignored in local mode, which checks no tokens at all', () => {
    const { bot } = loadConfig({ BOT_OPENID_METADATA_URL: 'http://127.0.0.1:4000/x' });
    expect(bot.appId).toBe('');
    expect(bot.openIdMetadataUrl).toBeUndefined();
  });

  it('refuses a value that is not a URL, naming the setting', () => {
    expect(() => loadConfig({ ...production, BOT_OPENID_METADATA_URL: 'login.botframework.com' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, BOT_OPENID_METADATA_URL: 'login.botframework.com' })).toThrow(/BOT_OPENID_METADATA_URL/);
  });
});

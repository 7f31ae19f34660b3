import { TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, CallerIdConstants, INVOKE_RESPONSE_KEY, StatusCodes, type ConfigurationBotFrameworkAuthenticationOptions, type MiddlewareHandler, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { BotCredentials } from '../config';
import type { Logger } from '../infra/logger';
import { langOfLocale } from './lang';
import { tenantGuard } from './tenant-guard';
import { texts } from './texts';

export interface AdapterOptions {
  /**
   * How the bot gets tokens for its own calls to the Bot Connector. Tests only (a local stand-in
   * cannot be an MSAL authority, which must be https): production uses the app password.
   */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/**
 * The Bot Framework adapter. With an empty app id it runs anonymous (no token checks), which is
 * what local mode wants; with credentials it validates Teams' tokens, signs its own calls, and
 * (with a tenant id) ignores activities from other tenants.
 */
export function createAdapter(credentials: BotCredentials, logger: Logger, options: AdapterOptions = {}): TeamsAdapter {
  const adapter = credentials.appId === '' ? new TeamsAdapter({}) : new ProductionAdapter(authSettings(credentials), options.credentialsFactory);
  if (credentials.appId !== '' && credentials.tenantId !== '') adapter.use(tenantGuard(credentials.tenantId, logger));
  adapter.use(answerUnhandledInvokes);
  adapter.onTurnError = (context, error) => onTurnError(context, error, logger);
  return adapter;
}

/** botbuilder's settings. An app type without an app id is refused by botbuilder, so anonymous mode passes nothing at all. */
function authSettings(c: BotCredentials): ConfigurationBotFrameworkAuthenticationOptions {
  const settings = { MicrosoftAppId: c.appId, MicrosoftAppPassword: c.appPassword, MicrosoftAppTenantId: c.tenantId, MicrosoftAppType: c.appType };
  if (!c.openIdMetadataUrl) return settings;
  // Setting any one endpoint makes botbuilder take all of them from us: the public cloud's, but our metadata.
  return {
    ...settings,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: c.openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** Errors `jsonwebtoken` throws for a bad signature, a token not yet valid, or an expired one. */
const TOKEN_ERRORS: ReadonlySet<string> = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botbuilder lets a token with a bad signature (under a known key id) through as a plain
 * `JsonWebTokenError`, which the adapter answers with 500. A forged token is the caller's fault:
 * this turns it into the AuthenticationError that the adapter answers with 401.
 */
class ProductionAdapter extends TeamsAdapter {
  constructor(settings: ConfigurationBotFrameworkAuthenticationOptions, credentialsFactory?: ServiceClientCredentialsFactory) {
    super(settings, credentialsFactory);
    const auth = this.botFrameworkAuthentication;
    const authenticate = auth.authenticateRequest.bind(auth);
    auth.authenticateRequest = async (activity, authHeader) => {
      try {
        return await authenticate(activity, authHeader);
      } catch (error) {
        if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError(`Unauthorized. ${error.message}`, StatusCodes.UNAUTHORIZED);
        throw error;
      }
    };
  }
}

/**
 * An invoke no route answered would get botbuilder's 501. An unknown verb, a malformed card action
 * or an invoke type we do not support is the sender's mistake (400); a route that failed is ours
 * (500, logged by onTurnError). A card action gets the Universal Actions error answer, which Teams
 * shows on the card instead of "unable to reach app".
 */
const answerUnhandledInvokes: MiddlewareHandler = async (context, next) => {
  let failed = false;
  try {
    await next();
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    if (context.activity.type === ActivityTypes.Invoke && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: invokeError(context, failed) });
    }
  }
};

function invokeError(context: TurnContext, failed: boolean): { status: number; body: unknown } {
  const t = texts[langOfLocale(context.activity.locale)];
  const [status, code, message] = failed ? [StatusCodes.INTERNAL_SERVER_ERROR, 'InternalError', t.apology] : [StatusCodes.BAD_REQUEST, 'BadRequest', t.staleAction];
  if (context.activity.name === 'adaptiveCard/action') return { status: StatusCodes.OK, body: { statusCode: status, type: 'application/vnd.microsoft.error', value: { code, message } } };
  return { status, body: { code, message: failed ? 'The invoke could not be handled.' : 'This invoke is not supported.' } };
}

/** Logs ids only (never the user's text) and lets the user know, without failing the request. */
async function onTurnError(context: TurnContext, error: Error, logger: Logger): Promise<void> {
  const a = context.activity;
  logger.error({ err: { name: error.name, message: error.message, stack: error.stack }, activityId: a.id, type: a.type, conversationId: a.conversation?.id }, 'turn failed');
  if (a.type !== 'message') return;
  try {
    await context.sendActivity(texts[langOfLocale(a.locale)].apology);
  } catch (sendError) {
    logger.warn({ activityId: a.id, err: { message: (sendError as Error).message } }, 'could not send the apology');
  }
}

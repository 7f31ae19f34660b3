import { TeamsAdapter } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { BotCredentials } from '../config';
import type { Logger } from '../infra/logger';
import { langOfLocale } from './lang';
import { texts } from './texts';

/**
 * The Bot Framework adapter. With an empty app id it runs anonymous (no token checks), which is
 * what local mode wants; with credentials it validates Teams' tokens and signs its own calls.
 */
export function createAdapter(credentials: BotCredentials, logger: Logger): TeamsAdapter {
  // An app type without an app id is refused by botbuilder, so anonymous mode passes nothing at all.
  const adapter = new TeamsAdapter(
    credentials.appId === ''
      ? {}
      : { MicrosoftAppId: credentials.appId, MicrosoftAppPassword: credentials.appPassword, MicrosoftAppTenantId: credentials.tenantId, MicrosoftAppType: credentials.appType },
  );
  adapter.onTurnError = (context, error) => onTurnError(context, error, logger);
  return adapter;
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

import { ACTION_INVOKE_NAME, type Application } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { langOfLocale } from '../lang';
import { texts } from '../texts';

/** A button whose verb no route knows (an old card): answer the invoke instead of leaving Teams with an error. */
export function registerStaleActions(app: Application): void {
  const isCardAction = async (context: TurnContext) => context.activity.type === ActivityTypes.Invoke && context.activity.name === ACTION_INVOKE_NAME;
  app.addRoute(isCardAction, async (context) => {
    const value = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: texts[langOfLocale(context.activity.locale)].staleAction };
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: value } });
  }, true);
}

import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import { welcomeCard } from '../cards/welcome';
import { langOfLocale } from '../lang';
import { cardMessage } from '../reply';

/** A welcome with example questions when the bot is installed or the user joins the personal chat. */
export function registerWelcome(app: Application): void {
  app.conversationUpdate('membersAdded', async (context) => {
    if (shouldWelcome(context.activity)) await context.sendActivity(cardMessage(welcomeCard(langOfLocale(context.activity.locale))));
  });
}

/** In a group chat or team, only the bot's own arrival: a card for every new colleague would be noise. */
function shouldWelcome(activity: Activity): boolean {
  const added = activity.membersAdded ?? [];
  const personal = (activity.conversation?.conversationType ?? 'personal') === 'personal';
  return added.some((m) => m.id === activity.recipient?.id) || (personal && added.length > 0);
}

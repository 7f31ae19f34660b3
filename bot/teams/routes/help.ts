import type { Application } from '@microsoft/teams-ai';
import type { Lang } from '../../domain/knowledge/types';
import { helpCard } from '../cards/help';
import { langOfLocale } from '../lang';
import { cardMessage } from '../reply';

/** The whole message must be the command: "hjälp med signaturen" is a question, not a command. */
export const HELP_COMMAND = /^\s*(hjälp|hjalp|help|\?)\s*[.!?]*\s*$/iu;

export function registerHelp(app: Application): void {
  app.message(HELP_COMMAND, async (context) => {
    await context.sendActivity(cardMessage(helpCard(helpLang(context.activity.text ?? '', context.activity.locale))));
  });
}

function helpLang(text: string, locale: string | undefined): Lang {
  if (/help/iu.test(text)) return 'en';
  return /hj/iu.test(text) ? 'sv' : langOfLocale(locale);
}

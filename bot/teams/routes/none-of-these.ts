import type { Application } from '@microsoft/teams-ai';
import { noneOfTheseData, verbs } from '../card-actions';
import { fallbackCard } from '../cards/fallback';
import type { TeamsDeps } from '../deps';
import { registerCardAction } from './card-action';

/** "Inget av dessa": the question goes to kansliet's list of unanswered ones, the user is told where to turn. */
export function registerNoneOfThese(app: Application, deps: TeamsDeps): void {
  registerCardAction(app, verbs.noneOfThese, noneOfTheseData, async (_context, data) => {
    if (data.question.trim() !== '') {
      await deps.questionLog.recordUnanswered({ text: data.question, lang: data.lang, reason: 'none-of-these', suggestions: data.suggestions, at: deps.clock.now() });
    }
    return { kind: 'replace', card: fallbackCard(data.lang) };
  });
}

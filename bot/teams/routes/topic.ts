import type { Application } from '@microsoft/teams-ai';
import { answerTopic } from '../../domain/knowledge/respond';
import { topicData, verbs } from '../card-actions';
import { answerCard } from '../cards/answer';
import { fallbackCard } from '../cards/fallback';
import type { TeamsDeps } from '../deps';
import { texts } from '../texts';
import { registerCardAction } from './card-action';

/** A "Menade du" choice becomes the answer in place; a related topic comes as a new answer below. */
export function registerTopic(app: Application, deps: TeamsDeps): void {
  registerCardAction(app, verbs.topic, topicData, (_context, data) => {
    const reply = answerTopic(data.topic, data.lang, deps.knowledge.current());
    const card = reply.kind === 'answer' ? answerCard(reply) : fallbackCard(data.lang);
    return data.via === 'choice' ? { kind: 'replace', card } : { kind: 'post', card, note: texts[data.lang].topicOnItsWay };
  });
}

import type { Application } from '@microsoft/teams-ai';
import { answerTopic } from '../../domain/knowledge/respond';
import { reportStartData, verbs } from '../card-actions';
import { reportCard } from '../cards/report';
import type { TeamsDeps } from '../deps';
import { texts } from '../texts';
import { registerCardAction } from './card-action';

/** "Rapportera": for now the guideline's instruction (contact your manager); the report form is issue 3. */
export function registerReportStart(app: Application, deps: TeamsDeps): void {
  registerCardAction(app, verbs.reportStart, reportStartData, (_context, data) => {
    const reply = data.topic ? answerTopic(data.topic, data.lang, deps.knowledge.current()) : null;
    const guideline = reply?.kind === 'answer' ? { text: reply.text, source: reply.source } : null;
    return { kind: 'post', card: reportCard({ flow: data.flow, lang: data.lang, guideline }), note: texts[data.lang].topicOnItsWay };
  });
}

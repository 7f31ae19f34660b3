import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Reply } from '../domain/knowledge/respond';
import type { Card } from './cards/adaptive';
import { answerCard } from './cards/answer';
import { didYouMeanCard } from './cards/did-you-mean';
import { fallbackCard } from './cards/fallback';
import { helpCard } from './cards/help';
import { reportCard } from './cards/report';
import { smalltalkText } from './cards/smalltalk';

/** A message carrying one Adaptive Card. */
export function cardMessage(card: Card): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** The card (or short text) for what the domain decided to say. `question` travels in "Inget av dessa". */
export function replyMessage(reply: Reply, question: string): Partial<Activity> {
  const lang = reply.understanding.lang;
  switch (reply.kind) {
    case 'answer':
      return cardMessage(answerCard(reply));
    case 'did-you-mean':
      return cardMessage(didYouMeanCard(reply, question));
    case 'report':
      return cardMessage(reportCard({ flow: reply.flow, lang, guideline: reply.entry ? { text: reply.text, source: reply.entry.source } : null }));
    case 'smalltalk':
      // "What can you do?" deserves the whole help card, not one line.
      return reply.smalltalk === 'help' ? cardMessage(helpCard(lang)) : MessageFactory.text(smalltalkText(reply.smalltalk, lang));
    case 'fallback':
      return cardMessage(fallbackCard(lang, reply.referral));
  }
}

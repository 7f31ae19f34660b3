import { answerTopic, type Reply } from '../../bot/domain/knowledge/respond';
import type { Lang } from '../../bot/domain/knowledge/types';
import { buildIndex } from '../../bot/domain/knowledge/understand';
import { reporterUpdateText } from '../../bot/domain/cases/texts';
import { validateForm } from '../../bot/domain/reports/form';
import { loadKnowledgeBase } from '../../bot/infra/knowledge/load';
import type { Card } from '../../bot/teams/cards/adaptive';
import { answerCard, type AnswerReply } from '../../bot/teams/cards/answer';
import { didYouMeanCard } from '../../bot/teams/cards/did-you-mean';
import { fallbackCard } from '../../bot/teams/cards/fallback';
import { helpCard } from '../../bot/teams/cards/help';
import { reportCard } from '../../bot/teams/cards/report';
import { welcomeCard } from '../../bot/teams/cards/welcome';
import {
  managerCaseCard,
  readOnlyCaseCard,
  reportCancelledCard,
  reportConfirmationCard,
  reportErrorCard,
  reporterUpdateCard,
  reportFormCard,
} from '../../bot/teams/cards/reports';
import { definition } from '../domain/cases/fixtures';
import { caseStates, t0 } from '../teams/cards/reports/fixtures';

/**
 * Every card the bot can send, built from the same fixtures as the card tests, with a file-friendly
 * name. `showcase` cards are written to docs/cards/ as PNGs; all are checked for cut text.
 */
export interface CatalogueCard {
  name: string;
  card: Card;
  showcase: boolean;
}

const kb = loadKnowledgeBase('knowledge');
const index = buildIndex(kb);
const flows = ['phone-threat', 'lost-phone'] as const;

function answerOf(topic: string, lang: Lang): AnswerReply {
  const reply = answerTopic(topic, lang, index);
  if (reply.kind !== 'answer') throw new Error(`no answer for ${topic}`);
  return reply;
}

function didYouMean(lang: Lang): Extract<Reply, { kind: 'did-you-mean' }> {
  return {
    kind: 'did-you-mean',
    understanding: { action: 'fallback', topic: null, report: null, score: 0.3, suggestions: [], lang, smalltalk: null },
    options: kb.entries.slice(0, 3).map((e) => ({ id: e.id, title: e.title[lang] })),
  };
}

const slug = (s: string) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();

export function cardCatalogue(): CatalogueCard[] {
  return (['sv', 'en'] as const).flatMap((lang) => {
    const showcase = lang === 'sv';
    const out: CatalogueCard[] = [];
    const add = (name: string, card: Card, show = showcase) => out.push({ name: `${slug(name)}-${lang}`, card, showcase: show });
    for (const e of kb.entries) {
      add(`answer ${e.id}`, answerCard(answerOf(e.id, lang)), showcase && (e.id === 'mobil-forlorad' || e.id === 'telefon-hot'));
      add(`answer ${e.id} after feedback`, answerCard(answerOf(e.id, lang), true), showcase && e.id === 'mobil-forlorad');
    }
    add('did-you-mean', didYouMeanCard(didYouMean(lang), 'hur gör jag?'));
    add('fallback', fallbackCard(lang));
    add('fallback not covered', fallbackCard(lang, lang === 'sv' ? 'Frågor om Teams kan IT-enheten svara på.' : 'For questions about Teams, please contact the IT unit.'), false);
    add('welcome', welcomeCard(lang));
    add('help', helpCard(lang));
    add('report-instruction phone-threat', reportCard({ flow: 'phone-threat', lang, guideline: { text: answerOf('telefon-hot', lang).text, source: 'Riktlinje, s. 3' } }));
    for (const flow of flows) add(`form ${flow}`, reportFormCard({ definition: definition(flow), lang, submissionKey: 'form-1', now: t0 }));
    const invalid = validateForm(definition('phone-threat'), { 'what-was-said': '', 'caller-number': 'ring mig', 'when.date': '2026-03-02' }, t0);
    add('form with errors', reportFormCard({ definition: definition('phone-threat'), lang, submissionKey: 'form-1', now: t0, values: { 'caller-number': 'ring mig' }, errors: invalid.ok ? [] : invalid.errors }));
    for (const flow of flows) add(`confirmation ${flow}`, reportConfirmationCard({ definition: definition(flow), lang, caseId: flow === 'lost-phone' ? 'MOB-2026-0017' : 'HOT-2026-0042', sentTo: 'Maja Svensson' }));
    add('confirmation without recipient', reportConfirmationCard({ definition: definition('lost-phone'), lang, caseId: 'MOB-2026-0017', sentTo: null }));
    const at = '2026-03-02T09:42:00Z';
    add('reporter update acknowledged', reporterUpdateCard('HOT-2026-0042', reporterUpdateText('HOT-2026-0042', { type: 'acknowledged', by: 'Maja Svensson', at }, lang), lang));
    add('reporter update escalated', reporterUpdateCard('HOT-2026-0042', reporterUpdateText('HOT-2026-0042', { type: 'escalated', to: 'Dan Ersättare', reason: 'no-ack', at }, lang), lang));
    add('reporter update closed', reporterUpdateCard('MOB-2026-0017', reporterUpdateText('MOB-2026-0017', { type: 'closed', by: 'Maja Svensson', at }, lang), lang));
    add('cancelled', reportCancelledCard(lang));
    add('error', reportErrorCard(lang));
    add('error with message', reportErrorCard(lang, 'Du kan inte ändra ärende HOT-2026-0042: det är bara den ansvariga chefen och ersättarna som kan göra det.'));
    for (const [state, c] of caseStates()) {
      const def = definition(c.kind as (typeof flows)[number]);
      add(`manager ${state}`, managerCaseCard({ case: c, definition: def, lang }));
      add(`manager ${state} with notice`, managerCaseCard({ case: c, definition: def, lang, notice: 'Redan kvitterad av Maja 10:42' }), false);
      add(`read-only ${state}`, readOnlyCaseCard({ case: c, definition: def, lang }), showcase && state === 'threat open');
    }
    return out;
  });
}

import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
// A copy of ../shared/schemas/adaptive-card-1.5.json (the official schema; no npm package ships it).
import schema from '../support/schemas/adaptive-card-1.5.json';
import { answerTopic, type Reply } from '../../bot/domain/knowledge/respond';
import type { Lang, Understanding } from '../../bot/domain/knowledge/types';
import { buildIndex } from '../../bot/domain/knowledge/understand';
import { loadKnowledgeBase } from '../../bot/infra/knowledge/load';
import type { Card } from '../../bot/teams/cards/adaptive';
import { answerCard, type AnswerReply } from '../../bot/teams/cards/answer';
import { didYouMeanCard } from '../../bot/teams/cards/did-you-mean';
import { fallbackCard } from '../../bot/teams/cards/fallback';
import { helpCard } from '../../bot/teams/cards/help';
import { reportCard } from '../../bot/teams/cards/report';
import { welcomeCard } from '../../bot/teams/cards/welcome';

const MAX_CARD_BYTES = 28 * 1024;
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addMetaSchema(draft06);
// The schema names itself with draft-04's `id`, which ajv 8 refuses; `$id` is the draft-06 spelling.
const { id: schemaId, ...schemaBody } = schema;
const validate = ajv.compile({ ...schemaBody, $id: schemaId });

const kb = loadKnowledgeBase('knowledge');
const index = buildIndex(kb);
const langs: Lang[] = ['sv', 'en'];

function answerOf(topic: string, lang: Lang): AnswerReply {
  const reply = answerTopic(topic, lang, index);
  if (reply.kind !== 'answer') throw new Error(`no answer for ${topic}`);
  return reply;
}

function understanding(lang: Lang): Understanding {
  return { action: 'fallback', topic: null, report: null, score: 0.3, suggestions: [], lang, smalltalk: null };
}

const didYouMean = (lang: Lang): Extract<Reply, { kind: 'did-you-mean' }> => ({
  kind: 'did-you-mean',
  understanding: understanding(lang),
  options: kb.entries.slice(0, 5).map((e) => ({ id: e.id, title: e.title[lang] })),
});

/** One fixture per card kind and language; answer cards for every topic of the real knowledge base. */
const fixtures: [string, Card][] = langs.flatMap((lang): [string, Card][] => [
  ...kb.entries.map((e): [string, Card] => [`answer ${e.id} ${lang}`, answerCard(answerOf(e.id, lang))]),
  ...kb.entries.map((e): [string, Card] => [`answer after feedback ${e.id} ${lang}`, answerCard(answerOf(e.id, lang), true)]),
  [`did-you-mean ${lang}`, didYouMeanCard(didYouMean(lang), 'hur gör jag med **[länk](https://evil.example)**')],
  [`fallback ${lang}`, fallbackCard(lang)],
  [`fallback not covered ${lang}`, fallbackCard(lang, 'Frågor om Teams kan IT-enheten svara på.')],
  [`help ${lang}`, helpCard(lang)],
  [`welcome ${lang}`, welcomeCard(lang)],
  [`report phone-threat ${lang}`, reportCard({ flow: 'phone-threat', lang, guideline: { text: answerOf('telefon-hot', lang).text, source: 'Riktlinje, s. 3' } })],
  [`report lost-phone ${lang}`, reportCard({ flow: 'lost-phone', lang, guideline: null })],
  [`report unknown flow ${lang}`, reportCard({ flow: 'something-new', lang, guideline: null })],
]);

/** Every Action.Execute anywhere in a card (body ActionSets and card actions). */
function executes(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(executes);
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  const own = obj.type === 'Action.Execute' ? [obj] : [];
  return [...own, ...Object.entries(obj).filter(([k]) => k !== 'fallback').flatMap(([, v]) => executes(v))];
}

function ofType(node: unknown, type: string): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap((n) => ofType(n, type));
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  return [...(obj.type === type ? [obj] : []), ...Object.values(obj).flatMap((v) => ofType(v, type))];
}

function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  return [...(obj.type === 'TextBlock' && typeof obj.text === 'string' ? [obj.text] : []), ...Object.values(obj).flatMap(texts)];
}

describe('Adaptive Cards', () => {
  it('has fixtures for all 26 topics in both languages', () => {
    expect(kb.entries.length).toBeGreaterThanOrEqual(26);
  });

  it.each(fixtures)('%s is valid Adaptive Card 1.5 under 28 KB', (_name, card) => {
    const ok = validate(card);
    expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
    expect(ok).toBe(true);
    expect(card.version).toBe('1.5');
    expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(MAX_CARD_BYTES);
  });

  it.each(fixtures)('%s: every Action.Execute has a verb and an Action.Submit fallback with the same data', (_name, card) => {
    for (const action of executes(card)) {
      expect(typeof action.verb).toBe('string');
      const fallback = action.fallback as Record<string, unknown>;
      expect(fallback.type).toBe('Action.Submit');
      expect(fallback.data).toEqual({ ...(action.data as object), verb: action.verb });
    }
  });

  it.each(fixtures)('%s: every TextBlock wraps (mobile)', (_name, card) => {
    const blocks = ofType(card, 'TextBlock');
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.wrap !== true)).toEqual([]);
  });
});

describe('answer card', () => {
  const reply = answerOf('mobil-forlorad', 'sv');
  const card = answerCard(reply);

  it('shows title, answer, source, related topics and 👍/👎 feedback', () => {
    const shown = texts(card);
    expect(shown[0]).toBe(reply.title);
    expect(shown).toContain(reply.text);
    expect(shown).toContain(`Källa: ${reply.source}`);
    const verbs = executes(card).map((a) => a.verb);
    expect(verbs.filter((v) => v === 'topic')).toHaveLength(reply.related.length);
    expect(executes(card).filter((a) => a.verb === 'feedback').map((a) => a.title)).toEqual(['👍 Ja', '👎 Nej']);
  });

  it('offers "Rapportera" only for topics with a report flow', () => {
    expect(executes(card).find((a) => a.verb === 'report.start')).toMatchObject({ title: 'Rapportera', data: { flow: 'lost-phone', topic: 'mobil-forlorad' } });
    expect(executes(answerCard(answerOf('mobil-kod', 'sv'))).some((a) => a.verb === 'report.start')).toBe(false);
  });

  it('after feedback shows the same answer with a thank-you instead of the vote buttons', () => {
    const after = answerCard(reply, true);
    expect(texts(after)).toContain(reply.text);
    expect(texts(after)).toContain('Tack för din återkoppling!');
    expect(executes(after).some((a) => a.verb === 'feedback')).toBe(false);
  });

  it('keeps button titles short enough for a phone', () => {
    for (const [, c] of fixtures) for (const a of executes(c)) expect(String(a.title).length).toBeLessThanOrEqual(80);
  });
});

describe('did-you-mean card', () => {
  const question = 'hur gör jag med **[länk](https://evil.example)**';
  const card = didYouMeanCard(didYouMean('sv'), question);

  it('offers at most three topics and "Inget av dessa"', () => {
    const titles = executes(card).map((a) => a.title);
    expect(titles).toHaveLength(4);
    expect(titles[3]).toBe('Inget av dessa');
  });

  it('never shows the user\'s text, so it cannot inject markdown or links', () => {
    expect(texts(card).join(' ')).not.toContain('evil.example');
  });
});

describe('report card', () => {
  it('puts "Vid akut fara: ring 112" first for a phone threat', () => {
    const card = reportCard({ flow: 'phone-threat', lang: 'sv', guideline: null });
    expect(texts(card)[0]).toBe('Vid akut fara: ring 112.');
    expect(texts(card).join(' ')).toContain('närmaste chef');
  });

  it('tells a lost phone to the nearest manager, without 112', () => {
    const shown = texts(reportCard({ flow: 'lost-phone', lang: 'en', guideline: null })).join(' ');
    expect(shown).toContain('nearest manager');
    expect(shown).not.toContain('112');
  });
});

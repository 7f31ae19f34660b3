import { asksForContactDetails } from './intent/contact-request';
import { otherThingLost } from './intent/other-loss';
import { situationOf } from './intent/situations';
import { reportIntent, reportSubject } from './intent/report-intent';
import { smalltalkKind, withoutGreeting } from './intent/smalltalk';
import { buildAreaIndex, buildSearchIndex, type SearchIndex } from './search/index';
import { analyzeQuery, readQuestion, type ReadQuestion } from './search/query';
import { rank, type Candidate } from './search/rank';
import { fold, words } from './text/fold';
import { plainText } from './text/plain-text';
import { detectLanguage } from './text/language';
import { bands, MAX_QUERY_CHARS, MAX_SUGGESTIONS } from './thresholds';
import type { KnowledgeBase, KnowledgeEntry, Lang, SmalltalkKind, Understanding } from './types';

/** Everything needed to understand messages against one version of the knowledge base. */
export interface KnowledgeIndex {
  readonly kb: KnowledgeBase;
  readonly search: SearchIndex;
  /** The not-covered areas (knowledge/utanfor.yaml), searched apart from the topics; null without any. */
  readonly areas: SearchIndex | null;
  /** Report flow id -> the topic that describes it. */
  readonly reportTopics: ReadonlyMap<string, string>;
  /** Situation id -> the topic that answers it. */
  readonly situationTopics: ReadonlyMap<string, string>;
}

export function buildIndex(kb: KnowledgeBase): KnowledgeIndex {
  const search = buildSearchIndex(kb);
  return { kb, search, areas: buildAreaIndex(kb, search), reportTopics: firstClaims(kb, (e) => e.report), situationTopics: firstClaims(kb, (e) => e.situation) };
}

/** What entries claim (a report flow, a situation) -> the first entry that claims it. */
function firstClaims(kb: KnowledgeBase, claim: (e: KnowledgeEntry) => string | undefined): Map<string, string> {
  const topics = new Map<string, string>();
  for (const e of kb.entries) {
    const claimed = claim(e);
    if (claimed && !topics.has(claimed)) topics.set(claimed, e.id);
  }
  return topics;
}

/** The one reading of a message that the bot, the ask command and the tests share. */
export function understand(text: string, index: KnowledgeIndex): Understanding {
  const clean = plainText(text).slice(0, MAX_QUERY_CHARS);
  const lang = detectLanguage(clean);
  const asked = withoutGreeting(clean);
  const read = readQuestion(asked, index.search.synonyms);
  const slots = analyzeQuery(read, index.search);
  const ranked = rank(slots, index.search);
  const folded = fold(clean);
  const top = ranked[0];
  const topId = top ? index.search.entryIds[top.entry] ?? null : null;

  const report = reportIntent(folded, top && top.score >= bands.answer ? flowOf(topId, index) : null);
  const reportTopic = report ? index.reportTopics.get(report) : undefined;
  if (report && reportTopic) return result('report', lang, { topic: reportTopic, report, score: scoreOf(reportTopic, ranked, index) });

  const small = smalltalkKind(folded);
  if (small && isChat(small, folded, top)) return smalltalk(small, lang);
  if (asksForContactDetails(folded)) return result('fallback', lang, { score: top?.score ?? 0 });
  const area = notCoveredArea(read, top, index);
  if (area) return { ...result('fallback', lang, { score: area.score }), notCovered: area.id };
  const searched = fromSearch(ranked, asked, lang, index);
  const answered = searched.action === 'answer' ? outweighed(searched, folded, ranked, index) : reportRule(searched, folded, lang, index) ?? clearLead(ranked, asked, lang, index) ?? situationRule(folded, ranked, lang, index) ?? searched;
  return notTheWorkPhone(answered, folded, index) ? result('fallback', lang, { score: answered.score }) : answered;
}

/** The lost-phone rule is about the work phone: keys, cards or one's own phone lost are not its case. */
function notTheWorkPhone(answered: Understanding, folded: string, index: KnowledgeIndex): boolean {
  return answered.action === 'answer' && flowOf(answered.topic, index) === 'lost-phone' && otherThingLost(folded);
}

/**
 * The search is unsure, but the words are those of a phone threat or a lost phone: that rule, unless
 * the search has fairly good choices of its own without it.
 */
function reportRule(searched: Understanding, folded: string, lang: Lang, index: KnowledgeIndex): Understanding | undefined {
  const subject = reportSubject(folded);
  const topic = subject ? index.reportTopics.get(subject) : undefined;
  const otherChoices = searched.suggestions.length > 0 && !searched.suggestions.includes(topic ?? '') && searched.score >= bands.subjectOverride;
  if (!topic || otherChoices) return undefined;
  return result('answer', lang, { topic, score: Math.max(searched.score, bands.answer) });
}

/**
 * A long message tells a story in words no rule uses, and they pull every score down: a rule that
 * stands clearly alone above the rest is the answer a little below the answer band.
 */
function clearLead(ranked: Candidate[], asked: string, lang: Lang, index: KnowledgeIndex): Understanding | undefined {
  const [top, runnerUp] = ranked;
  const topic = top ? index.search.entryIds[top.entry] : undefined;
  if (!top || !topic || top.score < bands.leadAnswer || words(asked).length < bands.leadWords) return undefined;
  // Threat and loss rules have their own reading of such language (reportRule): the lead does not guess at them.
  if (flowOf(topic, index)) return undefined;
  if (runnerUp && runnerUp.score > top.score - bands.leadMargin) return undefined;
  return result('answer', lang, { topic, score: top.score });
}

/** The topic that claims the situation the message tells ("fast jag jobbar med löner"), if any. */
function situationRule(folded: string, ranked: Candidate[], lang: Lang, index: KnowledgeIndex): Understanding | undefined {
  // The threat and loss rules say what to do at once: a situation never stands in for them.
  const best = ranked[0] && index.search.entryIds[ranked[0].entry];
  if (best && flowOf(best, index)) return undefined;
  const situation = situationOf(folded);
  const topic = situation ? index.situationTopics.get(situation) : undefined;
  return topic ? result('answer', lang, { topic, score: scoreOf(topic, ranked, index) }) : undefined;
}

/** A situation's own words ("fast jag jobbar med löner") outweigh a middling answer about another topic. */
function outweighed(searched: Understanding, folded: string, ranked: Candidate[], index: KnowledgeIndex): Understanding {
  if (searched.score >= bands.situationOverride) return searched;
  const situated = situationRule(folded, ranked, searched.lang, index);
  return situated && situated.topic !== searched.topic ? situated : searched;
}

/** The answer, the "Menade du" choices or nothing, from the ranking alone. */
function fromSearch(ranked: Candidate[], asked: string, lang: Lang, index: KnowledgeIndex): Understanding {
  const top = ranked[0];
  const topId = top ? index.search.entryIds[top.entry] ?? null : null;
  if (!top || !topId || top.score < bands.suggest) return result('fallback', lang, { score: top?.score ?? 0 });

  const close = ranked.filter((c) => c.score >= bands.suggest);
  const runnerUp = close[1];
  // A runner-up as good is a coin toss: ask instead of guessing. For a word or two ("signatur"),
  // a runner-up that contains the same words is as good, whatever else its questions say; a whole
  // sentence ("måste man ha signatur i alla mejl") says more than its content words, so it is not short.
  const short = words(asked).length <= bands.shortMessageWords;
  const tied = runnerUp !== undefined && ((top.score < bands.tieCeiling && runnerUp.score >= top.score - bands.tieMargin) || (short && !(top.titleMatch && !runnerUp.titleMatch) && runnerUp.coverage >= top.coverage - bands.coverageTie && runnerUp.docCoverage >= top.docCoverage - bands.coverageTie));
  if (top.score >= bands.answer && !tied) return result('answer', lang, { topic: topId, score: top.score });
  return result('fallback', lang, { score: top.score, suggestions: close.slice(0, MAX_SUGGESTIONS).map((c) => index.search.entryIds[c.entry]!) });
}

/** The not-covered area the question belongs to, when it is clearly closer to one than to any topic. */
function notCoveredArea(read: ReadQuestion, topic: Candidate | undefined, index: KnowledgeIndex): { id: string; score: number } | undefined {
  // The area index shares the guideline's synonyms (buildAreaIndex), so the words read once serve both.
  if (!index.areas) return undefined;
  const best = rank(analyzeQuery(read, index.areas), index.areas)[0];
  return best && beatsTopic(best, topic) ? { id: index.areas.entryIds[best.entry]!, score: best.score } : undefined;
}

/**
 * An area must be a match in its own right and beat the best topic: by score, or with as good a score
 * for clearly more of the question ("hur delar jag kalendern i Outlook" says more than the calendar
 * rule's title).
 */
function beatsTopic(area: Candidate, topic: Candidate | undefined): boolean {
  if (area.score < bands.answer) return false;
  if (!topic || area.score > topic.score + bands.notCoveredMargin) return true;
  return area.score >= topic.score - bands.notCoveredMargin && area.coverage >= topic.coverage + bands.notCoveredCoverageLead;
}

function flowOf(topicId: string | null, index: KnowledgeIndex): string | null {
  return index.kb.entries.find((e) => e.id === topicId)?.report ?? null;
}

function scoreOf(topic: string, ranked: Candidate[], index: KnowledgeIndex): number {
  const found = ranked.find((c) => index.search.entryIds[c.entry] === topic);
  return round(Math.max(found?.score ?? 0, bands.answer));
}

/**
 * Social chat, not a question: the chat alone, or with words that match no rule well. A greeting that
 * opens a question ("Hej! Jag undrar om ...") is a question as soon as some rule comes close.
 */
function isChat(kind: SmalltalkKind, folded: string, top: Candidate | undefined): boolean {
  if (!top || isOnlySmalltalk(folded)) return true;
  // "vi ses" and "hej" inside a longer message are part of it, not a goodbye or a greeting.
  return top.score < (kind === 'greeting' || kind === 'goodbye' ? bands.suggest : bands.answer);
}

/** "hej" or "tack!" alone, not "hej, hur ställer jag in telesvar?". */
function isOnlySmalltalk(folded: string): boolean {
  return folded.split(/\s+/).filter(Boolean).length <= 3;
}

function smalltalk(kind: SmalltalkKind, lang: Lang): Understanding {
  return { ...result('smalltalk', lang, { score: 1 }), smalltalk: kind };
}

interface Parts {
  topic?: string;
  report?: string;
  score: number;
  suggestions?: string[];
}

function result(action: Understanding['action'], lang: Lang, p: Parts): Understanding {
  return { action, topic: p.topic ?? null, report: p.report ?? null, score: round(p.score), suggestions: p.suggestions ?? [], lang, smalltalk: null };
}

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
}

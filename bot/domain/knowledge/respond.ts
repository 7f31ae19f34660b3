import type { KnowledgeEntry, Understanding, SmalltalkKind, Lang } from './types';
import { understand, type KnowledgeIndex } from './understand';
import { renderContacts } from './contacts';

export interface TopicRef {
  id: string;
  title: string;
}

/** What the bot will say to one message, independent of Teams. Cards and the ask command render it. */
export type Reply =
  | { kind: 'answer'; understanding: Understanding; entry: KnowledgeEntry; title: string; text: string; source: string; related: TopicRef[]; reportFlow: string | null }
  | { kind: 'did-you-mean'; understanding: Understanding; options: TopicRef[] }
  | { kind: 'report'; understanding: Understanding; flow: string; entry: KnowledgeEntry | null; title: string; text: string }
  | { kind: 'smalltalk'; understanding: Understanding; smalltalk: SmalltalkKind }
  /** `referral`: where to turn, when the question belongs to an area kansliet knows the guideline does not cover. */
  | { kind: 'fallback'; understanding: Understanding; referral?: string };

export function respond(text: string, index: KnowledgeIndex): Reply {
  const u = understand(text, index);
  return replyFor(u, index);
}

export function replyFor(u: Understanding, index: KnowledgeIndex): Reply {
  const entry = u.topic ? findEntry(index, u.topic) : undefined;
  if (u.action === 'report' && u.report) {
    return { kind: 'report', understanding: u, flow: u.report, entry: entry ?? null, title: entry ? entry.title[u.lang] : '', text: entry ? renderAnswer(entry, u.lang, index) : '' };
  }
  if (u.action === 'smalltalk' && u.smalltalk) return { kind: 'smalltalk', understanding: u, smalltalk: u.smalltalk };
  if (u.action === 'answer' && entry) return answerReply(u, entry, index);
  if (u.suggestions.length > 0) return { kind: 'did-you-mean', understanding: u, options: topicRefs(u.suggestions, u.lang, index) };
  const area = index.kb.notCovered.find((a) => a.id === u.notCovered);
  if (!area) return { kind: 'fallback', understanding: u };
  return { kind: 'fallback', understanding: u, referral: renderContacts(area.refer[u.lang], index.kb.contacts, u.lang) };
}

/** The answer to a topic chosen directly (a related-topic button or a "Menade du" choice). */
export function answerTopic(topicId: string, lang: Lang, index: KnowledgeIndex): Reply {
  const entry = findEntry(index, topicId);
  const u: Understanding = { action: entry ? 'answer' : 'fallback', topic: entry ? topicId : null, report: null, score: entry ? 1 : 0, suggestions: [], lang, smalltalk: null };
  return entry ? answerReply(u, entry, index) : { kind: 'fallback', understanding: u };
}

function answerReply(u: Understanding, entry: KnowledgeEntry, index: KnowledgeIndex): Reply {
  return {
    kind: 'answer',
    understanding: u,
    entry,
    title: entry.title[u.lang],
    text: renderAnswer(entry, u.lang, index),
    source: entry.source,
    related: topicRefs(entry.related, u.lang, index),
    reportFlow: entry.report ?? null,
  };
}

function renderAnswer(entry: KnowledgeEntry, lang: Lang, index: KnowledgeIndex): string {
  return renderContacts(entry.answer[lang], index.kb.contacts, lang);
}

function findEntry(index: KnowledgeIndex, id: string): KnowledgeEntry | undefined {
  return index.kb.entries.find((e) => e.id === id);
}

function topicRefs(ids: string[], lang: Lang, index: KnowledgeIndex): TopicRef[] {
  return ids.flatMap((id) => {
    const e = findEntry(index, id);
    return e ? [{ id, title: e.title[lang] }] : [];
  });
}

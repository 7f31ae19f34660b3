// TEMPORARY STUB: the real engine is being written; signature is final.
import type { KnowledgeBase, Understanding } from './types';

export interface KnowledgeIndex {
  readonly kb: KnowledgeBase;
}

export function buildIndex(kb: KnowledgeBase): KnowledgeIndex {
  return { kb };
}

export function understand(text: string, index: KnowledgeIndex): Understanding {
  const first = index.kb.entries[0];
  return { action: first ? 'answer' : 'fallback', topic: first?.id ?? null, report: null, score: first ? 1 : 0, suggestions: [], lang: /\b(the|how|what)\b/i.test(text) ? 'en' : 'sv', smalltalk: null };
}

import { renderContacts } from '../../domain/knowledge/contacts';
import type { KnowledgeBase, KnowledgeEntry } from '../../domain/knowledge/types';

/** One entry as `npm run kb:export` prints it: Swedish first, contacts filled in. */
export interface ExportedEntry {
  id: string;
  title: string;
  /** Swedish and English alternate questions, in that order. */
  questions: string[];
  answer: string;
  title_en: string;
  answer_en: string;
  keywords: string[];
  source: string;
  related: string[];
  report: string | null;
  situation: string | null;
  owner: string;
  reviewed: string;
}

function exported(entry: KnowledgeEntry, kb: KnowledgeBase): ExportedEntry {
  return {
    id: entry.id,
    title: entry.title.sv,
    questions: [...entry.questions.sv, ...entry.questions.en],
    answer: renderContacts(entry.answer.sv, kb.contacts, 'sv'),
    title_en: entry.title.en,
    answer_en: renderContacts(entry.answer.en, kb.contacts, 'en'),
    keywords: entry.keywords,
    source: entry.source,
    related: entry.related,
    report: entry.report ?? null,
    situation: entry.situation ?? null,
    owner: entry.owner,
    reviewed: entry.reviewed,
  };
}

export function exportEntries(kb: KnowledgeBase): ExportedEntry[] {
  return kb.entries.map((e) => exported(e, kb));
}

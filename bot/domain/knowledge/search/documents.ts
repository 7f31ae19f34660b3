import type { KnowledgeEntry, Lang, NotCoveredArea } from '../types';

/** A text that speaks for an entry: its title, one alternate question, or (kind 'bag') all of them at once. */
export interface SourceText {
  text: string;
  langs: Lang[];
  /** How strongly a word in this text speaks for the entry (answer words less than questions). */
  sim: number;
}

export interface EntryTexts {
  questions: SourceText[];
  bag: SourceText[];
}

const ANSWER_SIM = 0.6;

export function textsOf(entry: KnowledgeEntry): EntryTexts {
  const sv = (text: string): SourceText => ({ text, langs: ['sv'], sim: 1 });
  const en = (text: string): SourceText => ({ text, langs: ['en'], sim: 1 });
  const questions = [sv(entry.title.sv), en(entry.title.en), ...entry.questions.sv.map(sv), ...entry.questions.en.map(en)];
  const bag = [
    ...questions,
    { text: entry.keywords.join(' '), langs: ['sv', 'en'] as Lang[], sim: 1 },
    { text: entry.answer.sv, langs: ['sv'] as Lang[], sim: ANSWER_SIM },
    { text: entry.answer.en, langs: ['en'] as Lang[], sim: ANSWER_SIM },
  ];
  return { questions, bag };
}

/** A not-covered area speaks through its title, questions and keywords: it has no answer of its own. */
export function textsOfArea(area: NotCoveredArea): EntryTexts {
  const sv = (text: string): SourceText => ({ text, langs: ['sv'], sim: 1 });
  const en = (text: string): SourceText => ({ text, langs: ['en'], sim: 1 });
  const questions = [sv(area.title.sv), en(area.title.en), ...area.questions.sv.map(sv), ...area.questions.en.map(en)];
  return { questions, bag: [...questions, { text: area.keywords.join(' '), langs: ['sv', 'en'], sim: 1 }] };
}

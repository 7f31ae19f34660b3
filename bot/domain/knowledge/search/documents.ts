import type { KnowledgeEntry, Lang, Localized, LocalizedList, NotCoveredArea } from '../types';

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
  const questions = questionTexts(entry);
  const bag = [
    ...questions,
    keywordText(entry.keywords),
    { text: entry.answer.sv, langs: ['sv'] as Lang[], sim: ANSWER_SIM },
    { text: entry.answer.en, langs: ['en'] as Lang[], sim: ANSWER_SIM },
  ];
  return { questions, bag };
}

/** A not-covered area speaks through its title, questions and keywords: it has no answer of its own. */
export function textsOfArea(area: NotCoveredArea): EntryTexts {
  const questions = questionTexts(area);
  return { questions, bag: [...questions, keywordText(area.keywords)] };
}

/** The title and every alternate question, each in its own language. */
function questionTexts(item: { title: Localized; questions: LocalizedList }): SourceText[] {
  const sv = (text: string): SourceText => ({ text, langs: ['sv'], sim: 1 });
  const en = (text: string): SourceText => ({ text, langs: ['en'], sim: 1 });
  return [sv(item.title.sv), en(item.title.en), ...item.questions.sv.map(sv), ...item.questions.en.map(en)];
}

function keywordText(keywords: string[]): SourceText {
  return { text: keywords.join(' '), langs: ['sv', 'en'], sim: 1 };
}

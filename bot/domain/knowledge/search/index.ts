import type { KnowledgeBase } from '../types';
import { COMMON_WORD_FACTOR, COMMON_WORDS } from '../text/common-words';
import { SynonymMap } from '../text/synonyms';
import { tokenize } from '../text/terms';
import { splitCompound } from './compounds';
import { textsOf, textsOfArea, type EntryTexts, type SourceText } from './documents';
import { FuzzyVocabulary } from './fuzzy';

export const HEAD_SIM = 0.8;
export const MODIFIER_SIM = 0.5;
export const DOC_QUESTION = 0;
export const DOC_TITLE = 1;
export const DOC_BAG = 2;
/** textsOf() puts the Swedish and English titles first among an entry's questions. */
const TITLES = 2;

/** A searchable text: one alternate question, or the whole entry ("bag"). */
export interface Doc {
  entry: number;
  bag: boolean;
  /** The entry's own title: asking exactly that names the topic. */
  title: boolean;
  /** Sum of the weights of the doc's own terms, for how much of the doc a query covers. */
  weight: number;
}

export interface PostingList {
  docs: Int32Array;
  sims: Float64Array;
}

export interface Posting {
  doc: number;
  sim: number;
}

export interface SearchIndex {
  docs: Doc[];
  /** The same docs as flat arrays, for the ranking loop: entry, own weight, kind (DOC_*). */
  docEntry: Int32Array;
  docOwnWeight: Float64Array;
  docKind: Uint8Array;
  /** Term -> the docs it occurs in and how strongly, as parallel typed arrays. */
  postings: Map<string, PostingList>;
  idf: Map<string, number>;
  unknownWeight: number;
  synonyms: SynonymMap;
  fuzzy: FuzzyVocabulary;
  entryIds: string[];
  /** First letters of every known word and term: a compound's head must start like one of them. */
  headStarts: Set<string>;
}

type TermSims = Map<string, number>;

/** A doc's terms, and those it only ever writes as common words ("saker", "jobbar"), which weigh little in a question too. */
interface DocTerms {
  sims: TermSims;
  light: ReadonlySet<string>;
}

export function buildSearchIndex(kb: KnowledgeBase): SearchIndex {
  return indexOf(kb.entries.map(textsOf), kb.entries.map((e) => e.id), new SynonymMap(kb.synonyms));
}

/**
 * The not-covered areas, in an index of their own so they can never change how a topic is found.
 * Words weigh what they weigh in the guideline, and a word only the areas use what an unknown word
 * weighs there, so an area's score and a topic's score for the same question can be compared.
 */
export function buildAreaIndex(kb: KnowledgeBase, guideline: SearchIndex): SearchIndex | null {
  if (kb.notCovered.length === 0) return null;
  return indexOf(kb.notCovered.map(textsOfArea), kb.notCovered.map((a) => a.id), guideline.synonyms, guideline);
}

function indexOf(perEntry: EntryTexts[], ids: string[], synonyms: SynonymMap, weighedAs?: SearchIndex): SearchIndex {
  const surfaces = new Map<string, string[]>();
  const raw = perEntry.map((t) => ({ questions: t.questions.map((q) => docTerms([q], synonyms)), bag: docTerms(t.bag, synonyms, surfaces) }));
  const vocabulary = new Set(raw.flatMap((r) => [...r.bag.sims.keys()]));
  const parts = (d: DocTerms): DocTerms => ({ sims: addCompoundParts(d.sims, vocabulary, synonyms), light: d.light });
  const withParts = raw.map((r) => ({ questions: r.questions.map(parts), bag: parts(r.bag) }));
  const bags = withParts.map((r) => r.bag.sims);
  const unknownWeight = weighedAs?.unknownWeight ?? Math.log(1 + perEntry.length);
  const idf = weighedAs ? weighedLike(weighedAs, bags) : inverseDocumentFrequency(bags, perEntry.length);
  const docs: Doc[] = [];
  const postings = new Map<string, Posting[]>();
  withParts.forEach((r, entry) => {
    r.questions.forEach((q, i) => addDoc(docs, postings, idf, { entry, bag: false, title: i < TITLES }, q));
    addDoc(docs, postings, idf, { entry, bag: true, title: false }, r.bag);
  });
  return {
    docs,
    ...flatDocs(docs),
    postings: flatPostings(postings),
    idf,
    unknownWeight,
    synonyms,
    fuzzy: new FuzzyVocabulary(surfaces),
    headStarts: headStarts([...idf.keys(), ...surfaces.keys(), ...synonyms.knownForms()]),
    entryIds: ids,
  };
}

/** The guideline's word weights, and the unknown-word weight for a term only these bags use. */
function weighedLike(guideline: SearchIndex, bags: TermSims[]): Map<string, number> {
  const idf = new Map(guideline.idf);
  for (const bag of bags) for (const term of bag.keys()) if (!idf.has(term)) idf.set(term, guideline.unknownWeight);
  return idf;
}

/** The terms of some texts, each with the strongest similarity it appears with; records each word's terms in `surfaces`. */
function docTerms(texts: SourceText[], synonyms: SynonymMap, surfaces?: Map<string, string[]>): DocTerms {
  const sims: TermSims = new Map();
  const heavy = new Set<string>();
  for (const t of texts) {
    for (const token of tokenize(t.text, synonyms, t.langs)) {
      for (const term of token.terms) {
        sims.set(term, Math.max(sims.get(term) ?? 0, t.sim));
        if (!COMMON_WORDS.has(token.surface)) heavy.add(term);
      }
      if (surfaces && !token.surface.includes(' ')) surfaces.set(token.surface, [...new Set([...(surfaces.get(token.surface) ?? []), ...token.terms])]);
    }
  }
  return { sims, light: new Set([...sims.keys()].filter((term) => !heavy.has(term))) };
}

/** Index the parts of compounds too, so "samtal" finds a question about "utvecklingssamtal". */
function addCompoundParts(terms: TermSims, vocabulary: Set<string>, synonyms: SynonymMap): TermSims {
  const out = new Map(terms);
  for (const [term, sim] of terms) {
    if (term.startsWith('#') || term.length < 6) continue;
    const split = splitCompound(term, (t) => vocabulary.has(t) && t !== term, synonyms, ['sv']);
    if (!split) continue;
    for (const h of split.head) out.set(h, Math.max(out.get(h) ?? 0, sim * HEAD_SIM));
    for (const m of split.modifier) out.set(m, Math.max(out.get(m) ?? 0, sim * MODIFIER_SIM));
  }
  return out;
}

function inverseDocumentFrequency(bags: TermSims[], entries: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const bag of bags) for (const term of bag.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, n] of df) idf.set(term, Math.log(1 + entries / n));
  return idf;
}

function addDoc(docs: Doc[], postings: Map<string, Posting[]>, idf: Map<string, number>, at: Omit<Doc, 'weight'>, terms: DocTerms): void {
  const doc = docs.length;
  let weight = 0;
  for (const [term, sim] of terms.sims) {
    if (sim === 1) weight += (idf.get(term) ?? 0) * (terms.light.has(term) ? COMMON_WORD_FACTOR : 1);
    const list = postings.get(term) ?? [];
    list.push({ doc, sim });
    postings.set(term, list);
  }
  docs.push({ ...at, weight });
}

function flatDocs(docs: Doc[]): Pick<SearchIndex, 'docEntry' | 'docOwnWeight' | 'docKind'> {
  const docEntry = new Int32Array(docs.length);
  const docOwnWeight = new Float64Array(docs.length);
  const docKind = new Uint8Array(docs.length);
  docs.forEach((d, i) => {
    docEntry[i] = d.entry;
    docOwnWeight[i] = d.weight;
    docKind[i] = d.bag ? DOC_BAG : d.title ? DOC_TITLE : DOC_QUESTION;
  });
  return { docEntry, docOwnWeight, docKind };
}

function flatPostings(postings: Map<string, Posting[]>): Map<string, PostingList> {
  const out = new Map<string, PostingList>();
  for (const [term, list] of postings) {
    out.set(term, { docs: Int32Array.from(list, (p) => p.doc), sims: Float64Array.from(list, (p) => p.sim) });
  }
  return out;
}

export const HEAD_START = 3;

function headStarts(words: string[]): Set<string> {
  return new Set(words.filter((w) => !w.startsWith('#') && w.length >= HEAD_START).map((w) => w.slice(0, HEAD_START)));
}

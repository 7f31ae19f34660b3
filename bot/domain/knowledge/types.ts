import type { SituationId } from './intent/situations';
export type Lang = 'sv' | 'en';

export interface Localized {
  sv: string;
  en: string;
}

export interface LocalizedList {
  sv: string[];
  en: string[];
}

/** One topic of the guideline, as kansliet writes it in knowledge/faq/*.yaml. */
export interface KnowledgeEntry {
  id: string;
  title: Localized;
  /** Teams markdown; may contain contact placeholders such as {kontakt:vaxeln}. */
  answer: Localized;
  questions: LocalizedList;
  keywords: string[];
  /** Where in the guideline the rule stands, e.g. "Riktlinje för telefon, s. 2". */
  source: string;
  owner: string;
  /** ISO date, YYYY-MM-DD. */
  reviewed: string;
  related: string[];
  /** Report flow id (e.g. lost-phone) when the topic can start a report. */
  report?: string;
  /** The situation (intent/situations.ts) whose telling this topic answers, e.g. call-outside-my-area. */
  situation?: SituationId;
}

/** Words that mean the same thing; the first is the canonical form. */
export type SynonymGroup = string[];

export interface Contact {
  name: Localized;
  phone?: string;
  email?: string;
}

/**
 * A kind of question the guideline does not answer (Outlook settings, pay, ...), as kansliet writes it
 * in knowledge/utanfor.yaml, so the bot can say so and tell where to turn instead of guessing a rule.
 */
export interface NotCoveredArea {
  id: string;
  title: Localized;
  /** Where to turn instead. Teams markdown; may contain contact placeholders such as {kontakt:it-enheten}. */
  refer: Localized;
  questions: LocalizedList;
  keywords: string[];
}

export interface KnowledgeBase {
  entries: KnowledgeEntry[];
  notCovered: NotCoveredArea[];
  synonyms: SynonymGroup[];
  contacts: Record<string, Contact>;
  /** Known report flow ids, so entries can be checked against them. */
  reportFlows: string[];
}

export type Action = 'answer' | 'report' | 'fallback' | 'smalltalk';
export type SmalltalkKind = 'greeting' | 'thanks' | 'identity' | 'help' | 'goodbye';

/** What the bot made of one message. The single contract for the bot, the ask command and tests. */
export interface Understanding {
  action: Action;
  topic: string | null;
  report: string | null;
  /** Calibrated confidence 0..1 in `topic`. */
  score: number;
  /** Candidate topic ids when unsure ("Menade du ...?"), best first, at most three. */
  suggestions: string[];
  lang: Lang;
  smalltalk: SmalltalkKind | null;
  /** With `fallback`: the not-covered area the question belongs to, when it is one kansliet has described. */
  notCovered?: string;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Understanding } from '../../bot/domain/knowledge/types';

export type EvalKind = 'answer' | 'report' | 'out-of-scope';

export interface EvalItem {
  q: string;
  expect: string[];
  kind: EvalKind;
  report: string | null;
  tags?: string[];
}

export const PUBLIC_EVAL_SET = join(__dirname, '..', '..', '..', 'shared', 'eval', 'dev-questions.yaml');
/** Questions we wrote ourselves, in the same format, to tune against without fitting the public set. */
export const OWN_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'own-questions.yaml');
/**
 * Written by someone who saw neither the knowledge base nor the other sets: the check of how the bot
 * understands wording nobody prepared it for. Its first run found three report phrasings our cues
 * missed ("snodde", "bestulen", threats against one's children); those cue words were added, nothing
 * else was tuned against it (first run: answer 0.92, report 0.85, out of scope 0.94).
 */
export const HOLDOUT_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'holdout-questions.yaml');
/**
 * A second blind set (235 questions), written in session 3 from the guideline and the topic list only,
 * after the held-out set above had been looked at. Its first run measured how far the engine carried
 * to wording it had never seen: answer 0.903, report 0.76, out of scope 0.714. What was learnt from it
 * went into general rules (report cues, greeting, filler words, compounds, contact requests) and
 * synonyms; no question of it was copied into the knowledge base.
 */
export const FRESH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'fresh-questions.yaml');
/**
 * A third blind set (150), written the same way after the second had been worked through, to measure
 * again on unseen wording. First run: answer 0.882, report 0.80, out of scope 0.96.
 */
export const THIRD_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'third-questions.yaml');
/** A fourth blind set (165), written the same way after the third. First run: answer 0.88, report 0.87, out of scope 0.88. */
export const FOURTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'fourth-questions.yaml');
/** A fifth blind set (130), after the review fixes. First run: answer 0.93, report 0.92, out of scope 0.83. */
export const FIFTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'fifth-questions.yaml');
/** A sixth blind set (103), written as a held-out twin of a public set. First run: answer 0.95, report 1.00, out of scope 0.87. */
export const SIXTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'sixth-questions.yaml');
/** A seventh blind set (105), another held-out twin of the public set. First run: answer 0.91, report 0.70, out of scope 0.83. */
export const SEVENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'seventh-questions.yaml');
/** An eighth blind set (110), written to be hard: whole stories, near misses, many ways to tell a report. First run: answer 0.84, report 0.64, out of scope 0.81. */
export const EIGHTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'eighth-questions.yaml');
/** A ninth blind set (105), a held-out twin written after the not-covered areas. First run: answer 0.86, report 0.80, out of scope 0.89. */
export const NINTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'ninth-questions.yaml');
/** A tenth blind set (105), a twin written after the review fixes. First run: answer 0.92, report 0.80, out of scope 1.00. */
export const TENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'tenth-questions.yaml');
/** An eleventh blind set (105), another twin. First run: answer 0.935, report 0.80, out of scope 0.94. */
export const ELEVENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'eleventh-questions.yaml');
/**
 * Two blind sets about reports (100 each: 50 reports, 35 questions about the rules, 15 look-alikes).
 * A was learnt from; B's first run, after A's lessons, was report 0.74, answer 0.80, out of scope 0.67.
 */
export const REPORTS_A_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'reports-a-questions.yaml');
export const REPORTS_B_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'reports-b-questions.yaml');
/** A third blind set about reports (100: 40 reports, 35 questions, 25 look-alikes). First run: answer 1.00, report 0.75, out of scope 0.52. */
export const REPORTS_C_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'reports-c-questions.yaml');
/** A twelfth blind set (105), a twin written after the report probe. First run: answer 0.91, report 1.00, out of scope 0.94. */
export const TWELFTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twelfth-questions.yaml');
/** Thirteenth and fourteenth blind sets (105 each), the last twins. First runs: 0.92 / 0.90 / 0.83 and 0.92 / 1.00 / 0.89. */
export const THIRTEENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirteenth-questions.yaml');
export const FOURTEENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'fourteenth-questions.yaml');
/** A fifteenth blind set (105), the last twin of the session. First run: 0.88 / 0.90 / 0.89. */
export const FIFTEENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'fifteenth-questions.yaml');
/** Session 5's blind sets (100–105 each): staff on a phone (first run 0.84 / 0.93 / 1.00); a new manager, English speakers, a hurried typist (0.90 / 0.79 / 0.94). */
export const SIXTEENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'sixteenth-questions.yaml');
export const SEVENTEENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'seventeenth-questions.yaml');
/** About reports: 40 reports, 33 questions, 27 look-alikes (first run 0.85 / 0.93 / 0.56). */
export const EIGHTEENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'eighteenth-questions.yaml');
/** Formal, indirect and belief-checking questions (first run 0.94 / 1.00 / 1.00). */
export const NINETEENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'nineteenth-questions.yaml');
/** Two twins of the public set by different writers (first runs 0.90 / 1.00 / 1.00 and 0.87 / 0.80 / 0.93). */
export const TWENTIETH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twentieth-questions.yaml');
export const TWENTY_FIRST_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twentyfirst-questions.yaml');
/** A third twin by a kitchen and home-care writer (first run 0.86 / 0.90 / 0.88). */
export const TWENTY_SECOND_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twentysecond-questions.yaml');
/** Situations told without the guideline's own words, and look-alikes that share many (first run 0.33 / 0.70 / 0.94): the engine's weak side. */
export const TWENTY_THIRD_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twentythird-questions.yaml');
/** A fourth twin, ten employees in their own voices (first run 0.81 / 0.90 / 1.00). */
export const TWENTY_FOURTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twentyfourth-questions.yaml');
/** A fifth twin (first run 0.90 / 1.00 / 1.00). */
export const TWENTY_FIFTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twentyfifth-questions.yaml');
/** A sixth twin, everyday situations at the municipality (first run 0.85 / 1.00 / 0.87). */
export const TWENTY_SIXTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twentysixth-questions.yaml');
/** A seventh twin (first run 0.94 / 0.90 / 0.94). */
export const TWENTY_SEVENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twentyseventh-questions.yaml');

/** Four more twins, written blind on 2026-11-29 (first runs 0.81 / 1.00 / 1.00, 0.90 / 1.00 / 0.87, 0.82 / 0.82 / 0.93, 0.90 / 0.91 / 1.00). */
export const TWENTY_EIGHTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twentyeighth-questions.yaml');
export const TWENTY_NINTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'twentyninth-questions.yaml');
export const THIRTIETH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirtieth-questions.yaml');
export const THIRTY_FIRST_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirtyfirst-questions.yaml');
/** Two twins written after the vocabulary rounds, to measure them (first runs 0.89 / 0.73 / 0.93 and 0.90 / 1.00 / 0.80). */
export const THIRTY_SECOND_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirtysecond-questions.yaml');
export const THIRTY_THIRD_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirtythird-questions.yaml');
/** Two twins written at the start of session 7 (first runs 0.83 / 0.80 / 1.00 and 0.83 / 0.80 / 0.93). */
export const THIRTY_FOURTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirtyfourth-questions.yaml');
export const THIRTY_FIFTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirtyfifth-questions.yaml');
/** Two more, written while session 7's changes were made (session-start code 0.90 / 0.80 / 1.00 and 0.81 / 0.90 / 0.93; on arrival 0.91 / 0.90 / 1.00 and 0.86 / 0.90 / 0.93). */
export const THIRTY_SIXTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirtysixth-questions.yaml');
export const THIRTY_SEVENTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirtyseventh-questions.yaml');
/** Three more twins written in session 8 (first runs 0.92 / 0.90 / 1.00, 0.94 / 1.00 / 1.00, 0.92 / 0.90 / 0.87). */
export const THIRTY_EIGHTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirtyeighth-questions.yaml');
export const THIRTY_NINTH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'thirtyninth-questions.yaml');
export const FORTIETH_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'fortieth-questions.yaml');
/** Two twins written after session 8's situations (first runs 0.96 / 0.80 / 1.00 and 0.96 / 0.90 / 1.00). */
export const FORTY_FIRST_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'fortyfirst-questions.yaml');
export const FORTY_SECOND_EVAL_SET = join(__dirname, '..', 'fixtures', 'eval', 'fortysecond-questions.yaml');
/**
 * Vocabulary sets: about 22 questions per topic for a few topics each, plus look-alikes, written from
 * the guideline before their writer widened those topics' words in the knowledge base. No reports.
 */
export const VOCABULARY_EVAL_SETS = ['tel', 'ep1', 'ep2', 'mob', 'r2a', 'r2b', 'r2c', 'r2d'].map((name) => ({
  name,
  path: join(__dirname, '..', 'fixtures', 'eval', `${name}-vocab-questions.yaml`),
}));

export function readEvalSet(path = PUBLIC_EVAL_SET): EvalItem[] {
  return (parse(readFileSync(path, 'utf8')) as { items: EvalItem[] }).items;
}

/** Scoring as the issue defines it: right topic answered, right flow started, or no guess at all. */
export function passes(item: EvalItem, u: Understanding): boolean {
  if (item.kind === 'answer') return u.action === 'answer' && u.topic !== null && item.expect.includes(u.topic);
  if (item.kind === 'report') return u.action === 'report' && u.report === item.report;
  return u.action !== 'answer' && u.action !== 'report';
}

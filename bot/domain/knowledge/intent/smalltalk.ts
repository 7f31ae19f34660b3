import { fold } from '../text/fold';
import type { SmalltalkKind } from '../types';

// Greetings open a message. "halla" and "tjana" are also "hålla" and "tjäna" typed without å/ä, so they count only standing alone.
const GREETING = /^(hej(san|sa)?|hallo+|tjabba|tjena|tja|god (morgon|morron|dag|kvall|eftermiddag)|morrn|morron|hi|hello|hey|good (morning|afternoon|evening))\b|^(halla|tjana)(?=\s*([!,.]|$))/;

/** Phrases of social chat, matched on folded text (no å/ä/ö), whole words only. */
const PATTERNS: ReadonlyArray<[SmalltalkKind, RegExp]> = [
  ['goodbye', /\b(hej ?da|hejsan svejsan|vi ses|ha det( bra| gott)?|trevlig helg|bye|goodbye|see you)\b/],
  ['thanks', /\b(tack(ar|a dig| sa mycket| for hjalpen)?|tusen tack|schysst|schyst|toppen|perfekt|grymt|kanon|bra svar|det var det jag behovde|thanks?( you)?|thx|cheers|great|perfect|awesome)\b/],
  ['identity', /\b(vem (ar|e) du|vad (ar|e) du|vad heter du|ar du en (bot|robot|manniska)|who are you|what are you|what'?s your name|what is your name|are you a (bot|robot|human))\b/],
  ['help', /^(\?|hjalp|help|meny|menu|start)$|\b(vad kan du( gora| svara pa| hjalpa (mig )?med)?|hur funkar du|what can you do|how do(es)? (this|you) work)\b/],
  ['greeting', GREETING],
  ['greeting', /\b(hur mar du|hur ar det med dig|how are you)\b/],
  ['help', /\b(berätta ett skämt|beratta ett skamt|tell me a joke)\b/],
];

/** The kind of social chat a message is, if any; callers decide whether it also asks something. */
export function smalltalkKind(folded: string): SmalltalkKind | null {
  const text = folded.trim();
  for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) return kind;
  return null;
}

/** The message without the greeting it opens with: "God morgon! Hur ställer jag in telesvaret?" asks about telesvar only. */
export function withoutGreeting(text: string): string {
  const start = text.trimStart();
  const greeting = GREETING.exec(fold(start));
  return greeting ? start.slice(greeting[0].length) : text;
}

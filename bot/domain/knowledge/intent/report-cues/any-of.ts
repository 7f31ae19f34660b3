/** One pattern matching any of the cues as whole words. */
export const anyOf = (cues: string[]): RegExp => new RegExp(`\\b(${cues.join('|')})\\b`);

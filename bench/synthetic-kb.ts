import type { KnowledgeBase, KnowledgeEntry } from '../bot/domain/knowledge/types';

/** Deterministic pseudo-random numbers, so every run benchmarks the same knowledge base. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A knowledge base of `size` entries made from the real one's words, recombined, so term
 * frequencies and question lengths look like kansliet's own writing at a much larger scale.
 */
export function syntheticKb(real: KnowledgeBase, size: number, seed = 42): KnowledgeBase {
  const random = seeded(seed);
  const vocabulary = [...new Set(real.entries.flatMap((e) => [...e.questions.sv, ...e.questions.en].flatMap((q) => q.split(/\s+/))))];
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'ord';
  const question = () => Array.from({ length: 3 + Math.floor(random() * 7) }, pick).join(' ');
  const entries: KnowledgeEntry[] = [];
  for (let i = 0; i < size; i++) {
    const base = real.entries[i % real.entries.length]!;
    entries.push({
      ...base,
      id: `${base.id}-${i}`,
      questions: { sv: Array.from({ length: 10 }, question), en: Array.from({ length: 4 }, question) },
      keywords: Array.from({ length: 6 }, pick),
      related: [],
      report: undefined,
    });
  }
  return { ...real, entries };
}

/** Questions to time: the real alternates, lightly misspelled, so typo and compound paths run too. */
export function benchmarkQuestions(real: KnowledgeBase, count: number, seed = 7): string[] {
  const random = seeded(seed);
  const all = real.entries.flatMap((e) => [...e.questions.sv, ...e.questions.en]);
  return Array.from({ length: count }, () => {
    const q = all[Math.floor(random() * all.length)] ?? 'telesvar';
    return random() < 0.3 ? misspell(q, random) : q;
  });
}

function misspell(text: string, random: () => number): string {
  const at = 1 + Math.floor(random() * Math.max(1, text.length - 2));
  return text.slice(0, at) + text.slice(at + 1);
}

import { buildIndex, understand, type KnowledgeIndex } from '../bot/domain/knowledge/understand';
import type { KnowledgeBase } from '../bot/domain/knowledge/types';
import { latencyStats, since, type LatencyStats } from './stats';
import { benchmarkQuestions, syntheticKb } from './synthetic-kb';

export interface SearchResult {
  entries: number;
  buildMs: number;
  latency: LatencyStats;
}

const WARMUP = 200;

function time(index: KnowledgeIndex, questions: string[]): LatencyStats {
  for (const q of questions.slice(0, WARMUP)) understand(q, index);
  const samples = questions.map((q) => {
    const start = process.hrtime.bigint();
    understand(q, index);
    return since(start);
  });
  return latencyStats(samples);
}

export function benchSearch(real: KnowledgeBase, sizes: number[], questionsPerSize = 2000): Record<string, SearchResult> {
  const questions = benchmarkQuestions(real, questionsPerSize);
  const out: Record<string, SearchResult> = {};
  for (const [label, kb] of [['kb', real] as const, ...sizes.map((n) => [String(n), syntheticKb(real, n)] as const)]) {
    const start = process.hrtime.bigint();
    const index = buildIndex(kb);
    const buildMs = since(start);
    out[label] = { entries: kb.entries.length, buildMs, latency: time(index, questions) };
  }
  return out;
}

/** One thing wrong in the knowledge base, pointing at the place kansliet has to fix. */
export interface KbProblem {
  /** Relative to the working directory, or to the parent of the knowledge folder. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Plain Swedish that a non-programmer can act on. */
  message: string;
}

export function formatProblem(p: KbProblem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}`;
}

export class KnowledgeBaseInvalidError extends Error {
  constructor(readonly problems: KbProblem[]) {
    super(`Kunskapsbasen har ${problems.length} fel:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'KnowledgeBaseInvalidError';
  }
}

export function fileProblem(file: string, message: string): KbProblem {
  return { file, line: 1, column: 1, message };
}

/** Same order every time (file, line, column), without repeats, so output is easy to follow. */
export function sortProblems(problems: KbProblem[]): KbProblem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

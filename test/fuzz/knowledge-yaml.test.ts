import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkKnowledgeBase } from '../../bot/infra/knowledge/load';
import type { KbProblem } from '../../bot/infra/knowledge/problem';
import { loadReportDefinitions } from '../../bot/infra/reports/load-reports';

/**
 * Kansliet edits the YAML by hand. Whatever a slip of the keyboard does to a valid file, the
 * checks never throw: the knowledge either loads, or every problem points at file:line:col.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 80);
const seed = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kb-fuzz-'));
  cpSync('knowledge', join(dir, 'knowledge'), { recursive: true });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bits of YAML syntax (and things that break it) a mutation can insert. */
const SNIPPETS = [': ', '- ', '-', ':', '#', '&a ', '*a', '*nope', '<<: *a', '!!binary ', '!!js/function ', '{', '}', '[', ']', '"', "'", '|', '>', '\t', '---', '...', '%YAML 1.1', '? ', ',', '@', '`', '\uFEFF', '\u0000', '\r', '\n', '  ', 'null', '~', 'true', '0x1F', '.inf', '2026-13-45', 'å', '🙂', 'id: x', 'related: [nope]', 'report: nope'];

type Mutation = (lines: string[]) => string[];

const at = (lines: string[], i: number) => i % Math.max(lines.length, 1);

/** One keyboard slip: a line lost, doubled, moved, indented, or something typed into it. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (l) => l.filter((_, j) => j !== at(l, i))),
  fc.nat().map((i): Mutation => (l) => [...l.slice(0, at(l, i) + 1), ...l.slice(at(l, i))]),
  fc.tuple(fc.nat(), fc.nat()).map(([i, k]): Mutation => (l) => { const c = [...l]; const a = at(l, i); const b = at(l, k); [c[a], c[b]] = [c[b] ?? '', c[a] ?? '']; return c; }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([i, d]): Mutation => (l) => l.map((line, j) => (j !== at(l, i) ? line : d >= 0 ? ' '.repeat(d) + line : line.slice(-d)))),
  fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }))).map(([i, p, s]): Mutation => (l) => l.map((line, j) => (j !== at(l, i) ? line : line.slice(0, p % (line.length + 1)) + s + line.slice(p % (line.length + 1))))),
  fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 6 })).map(([i, p, n]): Mutation => (l) => l.map((line, j) => (j !== at(l, i) ? line : line.slice(0, p % (line.length + 1)) + line.slice((p % (line.length + 1)) + n)))),
  fc.nat().map((i): Mutation => (l) => l.slice(0, at(l, i))),
);

const mutate = (text: string, ms: Mutation[]) => ms.reduce((lines, m) => m(lines), text.split('\n')).join('\n');

function expectLocated(problems: KbProblem[], file: RegExp): void {
  for (const p of problems) {
    expect(p.file).toMatch(file);
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
    expect(p.message.trim().length).toBeGreaterThan(0);
  }
}

describe('a mutated topic file', () => {
  const file = () => join(dir, 'knowledge', 'faq', 'telefon.yaml');

  it('either loads or lists problems with file:line:col, and never throws', () => {
    const original = readFileSync(file(), 'utf8');
    let rejected = 0;
    try {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
          writeFileSync(file(), mutate(original, ms));
          const result = checkKnowledgeBase(join(dir, 'knowledge'));
          expect((result.kb === null) === result.problems.length > 0).toBe(true);
          expectLocated(result.problems, /^knowledge\/.+\.yaml$/u);
          if (result.kb === null) rejected++;
        }),
        { numRuns: RUNS, ...seed },
      );
    } finally {
      writeFileSync(file(), original);
    }
    // The mutations must actually break files, or the property says little.
    expect(rejected).toBeGreaterThan(RUNS / 5);
  });

  it('refuses an alias bomb without hanging', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    const original = readFileSync(file(), 'utf8');
    try {
      writeFileSync(file(), bomb);
      const started = Date.now();
      const result = checkKnowledgeBase(join(dir, 'knowledge'));
      expect(result.kb).toBeNull();
      expectLocated(result.problems, /telefon\.yaml$/u);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      writeFileSync(file(), original);
    }
  });
});

describe('a mutated reports.yaml', () => {
  it('either loads or lists problems with file:line:col, and never throws', () => {
    const file = join(dir, 'knowledge', 'reports.yaml');
    const original = readFileSync(file, 'utf8');
    let rejected = 0;
    try {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
          writeFileSync(file, mutate(original, ms));
          const result = loadReportDefinitions(file);
          expect((result.definitions === null) === result.problems.length > 0).toBe(true);
          expectLocated(result.problems, /^knowledge\/reports\.yaml$/u);
          if (result.definitions === null) rejected++;
        }),
        { numRuns: RUNS, ...seed },
      );
    } finally {
      writeFileSync(file, original);
    }
    expect(rejected).toBeGreaterThan(RUNS / 5);
  });
});

import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import type { YamlSource } from './parse-yaml';
import type { KbProblem } from './problem';

/** A path into the parsed data, as ajv reports it: keys and array indexes. */
export type DataPath = readonly (string | number)[];

interface Found {
  node: Node | null;
  pair: Pair | null;
}

function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return String(k.value);
  return typeof k === 'string' || typeof k === 'number' ? String(k) : undefined;
}

/** Walks the YAML tree along `path`, as far as it exists. */
function walk(root: Node | null, path: DataPath): Found {
  let found: Found = { node: root, pair: null };
  for (const segment of path) {
    const node = found.node;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p) === String(segment));
      if (!pair) return found;
      found = { node: (pair.value as Node | null) ?? null, pair };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item === undefined) return found;
      found = { node: item, pair: null };
    } else {
      return found;
    }
  }
  return found;
}

function startOf(n: unknown): number | undefined {
  if (n && typeof n === 'object' && 'range' in n) {
    const range = (n as { range?: [number, number, number] | null }).range;
    return range ? range[0] : undefined;
  }
  return undefined;
}

export function position(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/**
 * Where the value at `path` starts (or its key, with `at: 'key'`). A value that is missing
 * or empty points at its key, and a key that is missing points at the nearest parent.
 */
export function offsetOf(source: YamlSource, path: DataPath, at: 'value' | 'key' = 'value'): number {
  const found = walk(source.doc.contents, path);
  const value = startOf(found.node);
  const key = startOf(found.pair?.key);
  const emptyValue = isScalar(found.node) && found.node.value === null;
  const preferred = at === 'key' || emptyValue ? (key ?? value) : (value ?? key);
  return preferred ?? 0;
}

export function problemAt(source: YamlSource, path: DataPath, message: string, at: 'value' | 'key' = 'value'): KbProblem {
  return { file: source.file, ...position(source.lineCounter, offsetOf(source, path, at)), message };
}

/** The exact spot of `needle` inside the value at `path`, e.g. one placeholder in a long answer. */
export function problemAtText(source: YamlSource, path: DataPath, needle: string, message: string): KbProblem {
  const found = walk(source.doc.contents, path);
  const range = (found.node as { range?: [number, number, number] | null } | null)?.range;
  const start = range ? source.text.indexOf(needle, range[0]) : -1;
  const inside = range && start >= 0 && start < range[1];
  const offset = inside ? start : offsetOf(source, path);
  return { file: source.file, ...position(source.lineCounter, offset), message };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/knowledge');

/** A writable copy of the valid fixture at <tmp>/knowledge, so messages read knowledge/faq/x.yaml. */
export function copyValidKb(): { dir: string; remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-test-'));
  const dir = path.join(root, 'knowledge');
  fs.cpSync(path.join(FIXTURES, 'valid'), dir, { recursive: true });
  return { dir, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

export function addBrokenFile(dir: string, name: string): void {
  fs.copyFileSync(path.join(FIXTURES, 'broken', name), path.join(dir, 'faq', name));
}

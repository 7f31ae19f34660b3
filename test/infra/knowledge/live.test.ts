import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { startLiveKnowledge, type LiveKnowledge } from '../../../bot/infra/knowledge/live';
import { KnowledgeBaseInvalidError } from '../../../bot/infra/knowledge/problem';
import { addBrokenFile, copyValidKb } from './kb-copy';

interface LogLine {
  level: number;
  msg: string;
  version?: number;
  entries?: number;
}

/** A real pino logger writing into memory, so the test sees exactly what would be logged. */
function memoryLogger(): { logger: pino.Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

async function until(condition: () => boolean, what: string, timeoutMs = 1000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function titleOf(live: LiveKnowledge, id: string): string | undefined {
  return live.current().kb.entries.find((e) => e.id === id)?.title.sv;
}

const WARN = 40;

describe('live knowledge', () => {
  let kb: ReturnType<typeof copyValidKb>;
  let live: LiveKnowledge | undefined;
  beforeEach(() => {
    kb = copyValidKb();
  });
  afterEach(async () => {
    await live?.close();
    live = undefined;
    kb.remove();
  });

  it('puts a good edit live within a second, then keeps the last good version through a broken edit, then goes live again', async () => {
    const { logger, lines } = memoryLogger();
    const reloads: number[] = [];
    live = await startLiveKnowledge(kb.dir, { logger, onReload: (v) => reloads.push(v) });
    const current = live;
    expect(current.version()).toBe(1);
    const file = path.join(kb.dir, 'faq', 'telefon.yaml');
    const original = fs.readFileSync(file, 'utf8');

    fs.writeFileSync(file, original.replace('Svara i telefon', 'Så svarar du i telefon'));
    await until(() => current.version() === 2, 'the good edit to go live');
    expect(titleOf(current, 'telefon-svara')).toBe('Så svarar du i telefon');
    expect(reloads).toEqual([2]);
    expect(lines).toContainEqual(expect.objectContaining({ version: 2, entries: 4 }));

    addBrokenFile(kb.dir, 'unknown-related.yaml');
    await until(() => lines.some((l) => l.level === WARN), 'the broken edit to be logged');
    expect(current.version()).toBe(2);
    expect(titleOf(current, 'telefon-svara')).toBe('Så svarar du i telefon');
    expect(current.current().kb.entries.some((e) => e.id === 'nytt-amne')).toBe(false);
    expect(lines.filter((l) => l.level === WARN).map((l) => l.msg)).toContain(
      'knowledge/faq/unknown-related.yaml:13:15  Okänt relaterat ämne "telefon-svar". Menade du "telefon-svara"?',
    );

    const broken = path.join(kb.dir, 'faq', 'unknown-related.yaml');
    fs.writeFileSync(broken, fs.readFileSync(broken, 'utf8').replace('telefon-svar]', 'telefon-svara]'));
    await until(() => current.version() === 3, 'the fix to go live');
    expect(current.current().kb.entries.map((e) => e.id)).toContain('nytt-amne');
  });

  it('refuses to start on a broken knowledge base', async () => {
    addBrokenFile(kb.dir, 'empty-answer.yaml');
    await expect(startLiveKnowledge(kb.dir, { logger: memoryLogger().logger })).rejects.toThrow(KnowledgeBaseInvalidError);
  });
});

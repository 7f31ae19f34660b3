import path from 'node:path';
import { checkKnowledgeBase } from '../../../bot/infra/knowledge/load';
import { checkReport } from '../../../bot/infra/knowledge/summary';
import { addBrokenFile, copyValidKb, FIXTURES } from './kb-copy';

describe('the kb:check report', () => {
  it('ends with a count of topics and files when all is well', () => {
    expect(checkReport(checkKnowledgeBase(path.join(FIXTURES, 'valid')))).toEqual({
      lines: ['Kunskapsbasen är OK: 4 ämnen, 1 område utanför riktlinjen, 2 filer med ämnen.'],
      ok: true,
    });
  });

  it('lists each problem and ends with how many were found', () => {
    const kb = copyValidKb();
    try {
      addBrokenFile(kb.dir, 'duplicate-id.yaml');
      const { lines, ok } = checkReport(checkKnowledgeBase(kb.dir));
      expect(ok).toBe(false);
      expect(lines).toHaveLength(3);
      expect(lines[0]?.startsWith('knowledge/faq/duplicate-id.yaml:2:9  Id:t "telefon-svara"')).toBe(true);
      expect(lines[2]).toBe('2 fel hittades. Rätta dem och kör npm run kb:check igen.');
    } finally {
      kb.remove();
    }
  });
});

import path from 'node:path';
import { exportEntries } from '../../../bot/infra/knowledge/export';
import { loadKnowledgeBase } from '../../../bot/infra/knowledge/load';
import { FIXTURES } from './kb-copy';

describe('exportEntries', () => {
  const entries = exportEntries(loadKnowledgeBase(path.join(FIXTURES, 'valid')));

  it('gives Swedish title and answer first, English alongside, and all alternate questions in one list', () => {
    expect(entries.find((e) => e.id === 'telefon-telesvar')).toEqual({
      id: 'telefon-telesvar',
      title: 'Telesvar',
      questions: ['hur ställer jag in telesvar', 'how do I set up voicemail'],
      answer: 'Ställ in telesvar när du inte kan svara.',
      title_en: 'Voicemail',
      answer_en: 'Set up voicemail when you cannot answer.',
      keywords: [],
      source: 'Riktlinje för telefon, avsnitt 2',
      related: ['telefon-svara'],
      report: null,
      situation: null,
      owner: 'Kanslienheten',
      reviewed: '2026-01-15',
    });
  });

  it('fills in contact placeholders in each language', () => {
    const svara = entries.find((e) => e.id === 'telefon-svara');
    expect(svara?.answer).toContain('koppla till växeln (0155-380 00).');
    expect(svara?.answer_en).toContain('transfer to the switchboard (0155-380 00).');
    expect(entries.find((e) => e.id === 'mobil-forlorad')).toMatchObject({ report: 'lost-phone', answer: expect.stringContaining('och IT-enheten.') });
  });
});

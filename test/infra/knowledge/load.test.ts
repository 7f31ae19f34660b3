import fs from 'node:fs';
import path from 'node:path';
import { checkKnowledgeBase, loadKnowledgeBase, MAX_FAQ_FILES } from '../../../bot/infra/knowledge/load';
import { formatProblem, KnowledgeBaseInvalidError } from '../../../bot/infra/knowledge/problem';
import { MAX_FILE_BYTES } from '../../../bot/infra/knowledge/read-file';
import { addBrokenFile, copyValidKb, FIXTURES } from './kb-copy';

let kb: ReturnType<typeof copyValidKb>;
beforeEach(() => {
  kb = copyValidKb();
});
afterEach(() => kb.remove());

function linesWith(brokenFile: string): string[] {
  addBrokenFile(kb.dir, brokenFile);
  const result = checkKnowledgeBase(kb.dir);
  expect(result.kb).toBeNull();
  return result.problems.map(formatProblem);
}

describe('loading a valid knowledge folder', () => {
  it('reads entries from every faq file, in file order, with defaults filled in', () => {
    const loaded = loadKnowledgeBase(path.join(FIXTURES, 'valid'));
    expect(loaded.entries.map((e) => e.id)).toEqual(['epost-sekretess', 'telefon-svara', 'telefon-telesvar', 'mobil-forlorad']);
    const telesvar = loaded.entries.find((e) => e.id === 'telefon-telesvar');
    expect(telesvar?.keywords).toEqual([]);
    expect(loaded.entries.find((e) => e.id === 'epost-sekretess')?.related).toEqual(['telefon-svara']);
    expect(loaded.entries.find((e) => e.id === 'mobil-forlorad')?.report).toBe('lost-phone');
    expect(telesvar && 'report' in telesvar).toBe(false);
  });

  it('reads synonyms, contacts and report flow ids, allowing other fields on flows', () => {
    const loaded = loadKnowledgeBase(path.join(FIXTURES, 'valid'));
    expect(loaded.synonyms).toEqual([
      ['telesvar', 'röstbrevlåda', 'telefonsvarare'],
      ['mejl', 'mail', 'e-post'],
    ]);
    expect(loaded.contacts.vaxeln).toEqual({ name: { sv: 'växeln', en: 'the switchboard' }, phone: '0155-380 00', email: '' });
    expect(loaded.contacts['it-enheten']).toEqual({ name: { sv: 'IT-enheten', en: 'the IT unit' } });
    expect(loaded.reportFlows).toEqual(['phone-threat', 'lost-phone']);
  });

  it('keeps multi-line answers as written', () => {
    const loaded = loadKnowledgeBase(path.join(FIXTURES, 'valid'));
    expect(loaded.entries.find((e) => e.id === 'telefon-svara')?.answer.sv).toBe(
      'Svara med kommunens namn och ditt eget namn. Kan du inte svara, koppla till {kontakt:vaxeln}.\n',
    );
  });

  it('reports the topic files it read, relative to the parent of the folder', () => {
    expect(checkKnowledgeBase(kb.dir)).toMatchObject({ problems: [], faqFiles: ['knowledge/faq/epost.yaml', 'knowledge/faq/telefon.yaml'] });
  });

  it('ignores files that are not .yaml, and hidden editor files', () => {
    fs.writeFileSync(path.join(kb.dir, 'faq', 'notes.txt'), 'entries: [: broken');
    fs.writeFileSync(path.join(kb.dir, 'faq', 'telefon.yaml~'), 'entries: [: broken');
    fs.writeFileSync(path.join(kb.dir, 'faq', '.#telefon.yaml'), 'entries: [: broken');
    expect(checkKnowledgeBase(kb.dir).problems).toEqual([]);
  });
});

describe('every problem is reported as file:line:column and a Swedish sentence', () => {
  it('reports bad YAML syntax at the line, with a hint about colons', () => {
    expect(linesWith('bad-syntax.yaml')).toEqual([
      'knowledge/faq/bad-syntax.yaml:5:11  Felaktig YAML. Raden går inte att tolka. Innehåller texten ett kolon (:)? Sätt då hela texten inom citattecken.',
    ]);
  });

  it('reports a missing required field with the language that is missing', () => {
    expect(linesWith('missing-field.yaml')).toEqual([
      'knowledge/faq/missing-field.yaml:4:5  Ämnet "nytt-amne" saknar svar på engelska (answer.en).',
    ]);
  });

  it('reports a value of the wrong type and says what it should be', () => {
    expect(linesWith('wrong-type.yaml')).toEqual([
      'knowledge/faq/wrong-type.yaml:8:11  Ämnet "nytt-amne": frågor på svenska (questions.sv) ska vara en lista, med en rad per värde som börjar med -.',
    ]);
  });

  it('reports a duplicate id across files at both places', () => {
    expect(linesWith('duplicate-id.yaml')).toEqual([
      'knowledge/faq/duplicate-id.yaml:2:9  Id:t "telefon-svara" används också i knowledge/faq/telefon.yaml, rad 3. Varje ämne och område behöver ett eget id.',
      'knowledge/faq/telefon.yaml:3:9  Id:t "telefon-svara" används också i knowledge/faq/duplicate-id.yaml, rad 2. Varje ämne och område behöver ett eget id.',
    ]);
  });

  it('reports an unknown related id and suggests the closest known one', () => {
    expect(linesWith('unknown-related.yaml')).toEqual([
      'knowledge/faq/unknown-related.yaml:13:15  Okänt relaterat ämne "telefon-svar". Menade du "telefon-svara"?',
    ]);
  });

  it('reports an unknown report flow and suggests the closest known one', () => {
    expect(linesWith('unknown-report.yaml')).toEqual([
      'knowledge/faq/unknown-report.yaml:13:13  Okänt rapportflöde "lost-phon". Menade du "lost-phone"?',
    ]);
  });

  it('reports an unknown situation, names the known ones and suggests the closest', () => {
    expect(linesWith('unknown-situation.yaml')).toEqual([
      'knowledge/faq/unknown-situation.yaml:13:16  Ämnet "nytt-amne": situation ska vara "call-outside-my-area", "cannot-take-calls", "private-use-of-work-mail", "calendar-duty", "is-it-a-public-document" eller "mailing-sensitive-information". Menade du "call-outside-my-area"?',
    ]);
  });

  it('reports a situation that two topics claim, at both places', () => {
    expect(linesWith('duplicate-situation.yaml')).toEqual([
      'knowledge/faq/duplicate-situation.yaml:13:16  Situationen "cannot-take-calls" tas också upp av knowledge/faq/duplicate-situation.yaml, rad 25. Bara ett ämne kan svara på en situation.',
      'knowledge/faq/duplicate-situation.yaml:25:16  Situationen "cannot-take-calls" tas också upp av knowledge/faq/duplicate-situation.yaml, rad 13. Bara ett ämne kan svara på en situation.',
    ]);
  });

  it('reports an empty answer', () => {
    expect(linesWith('empty-answer.yaml')).toEqual([
      'knowledge/faq/empty-answer.yaml:5:11  Ämnet "nytt-amne": svar på svenska (answer.sv) saknar text.',
    ]);
  });

  it('reports an alternate question that two entries share, ignoring case and spacing', () => {
    expect(linesWith('duplicate-question.yaml')).toEqual([
      'knowledge/faq/duplicate-question.yaml:8:12  Frågan "Hur ställer jag in  TELESVAR?" finns också i ämnet "telefon-telesvar" (knowledge/faq/telefon.yaml, rad 24). Samma fråga får bara finnas på ett ställe.',
      'knowledge/faq/telefon.yaml:24:12  Frågan "hur ställer jag in telesvar" finns också i ämnet "nytt-amne" (knowledge/faq/duplicate-question.yaml, rad 8). Samma fråga får bara finnas på ett ställe.',
    ]);
  });

  it('reports an unknown contact placeholder at the placeholder itself', () => {
    expect(linesWith('unknown-contact.yaml')).toEqual([
      'knowledge/faq/unknown-contact.yaml:5:16  Okänd kontakt "{kontakt:vaxel}". Menade du "vaxeln"? Kontakterna finns i contacts.yaml.',
    ]);
  });

  it('reports a misspelt field name, suggests the right one, and does not also call it missing', () => {
    expect(linesWith('unknown-property.yaml')).toEqual([
      'knowledge/faq/unknown-property.yaml:4:5  Ämnet "nytt-amne" har ett okänt fält "anwser". Menade du "answer"?',
    ]);
  });

  it('reports a malformed placeholder that would otherwise show up raw in answers', () => {
    const file = path.join(kb.dir, 'faq', 'telefon.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('{kontakt:it-enheten}', '{Kontakt:IT-enheten}'));
    expect(checkKnowledgeBase(kb.dir).problems.map(formatProblem)).toEqual([
      'knowledge/faq/telefon.yaml:33:49  Platshållaren "{Kontakt:IT-enheten}" är felskriven. Skriv den som {kontakt:id} utan mellanslag, t.ex. {kontakt:vaxeln}.',
    ]);
  });

  it('reports problems in every file at once, sorted by file and line', () => {
    addBrokenFile(kb.dir, 'unknown-related.yaml');
    fs.writeFileSync(path.join(kb.dir, 'contacts.yaml'), 'contacts:\n  vaxeln:\n    name: { sv: växeln }\n  it-enheten:\n    name: { sv: IT, en: IT }\n');
    fs.writeFileSync(path.join(kb.dir, 'reports.yaml'), 'flows:\n  - id: lost-phone\n  - name: hot\n');
    const lines = checkKnowledgeBase(kb.dir).problems.map(formatProblem);
    expect(lines.map((l) => l.split('  ')[0])).toEqual([
      'knowledge/contacts.yaml:3:5',
      'knowledge/faq/unknown-related.yaml:13:15',
      'knowledge/reports.yaml:3:5',
    ]);
    expect(lines[2]).toContain('Rapportflöde nr 2 saknar id.');
    expect(lines[0]).toContain('Kontakten "vaxeln" saknar namn på engelska (name.en).');
  });

  it('reports a word that stands in two synonym groups', () => {
    fs.writeFileSync(path.join(kb.dir, 'synonyms.yaml'), 'groups:\n  - [telesvar, röstbrevlåda]\n  - [mejl, Telesvar]\n');
    expect(checkKnowledgeBase(kb.dir).problems.map(formatProblem)).toEqual([
      'knowledge/synonyms.yaml:2:6  Ordet "telesvar" finns också i synonymgrupp nr 2 (knowledge/synonyms.yaml, rad 3). Ett ord får bara finnas i en grupp.',
      'knowledge/synonyms.yaml:3:12  Ordet "Telesvar" finns också i synonymgrupp nr 1 (knowledge/synonyms.yaml, rad 2). Ett ord får bara finnas i en grupp.',
    ]);
  });

  it('asks for quotes around a date or number written without them', () => {
    const file = path.join(kb.dir, 'contacts.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"0155-380 00"', '015538000'));
    expect(checkKnowledgeBase(kb.dir).problems.map(formatProblem)).toEqual([
      'knowledge/contacts.yaml:4:12  Kontakten "vaxeln": telefonnummer (phone) ska vara en text. Sätt värdet inom citattecken.',
    ]);
  });

  it('reports a missing file and an empty file', () => {
    fs.rmSync(path.join(kb.dir, 'reports.yaml'));
    fs.writeFileSync(path.join(kb.dir, 'synonyms.yaml'), '# bara en kommentar\n');
    expect(checkKnowledgeBase(kb.dir).problems.map(formatProblem)).toEqual([
      'knowledge/reports.yaml:1:1  Filen saknas. Den behövs i kunskapsbasen.',
      'knowledge/synonyms.yaml:1:1  Filen är tom. Den ska börja med raden groups:',
    ]);
  });

  it('does not call related ids unknown when the file defining them could not be read', () => {
    fs.appendFileSync(path.join(kb.dir, 'faq', 'telefon.yaml'), '  - id: [oavslutad\n');
    const lines = checkKnowledgeBase(kb.dir).problems.map(formatProblem);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith('knowledge/faq/telefon.yaml:') && l.includes('Felaktig YAML'))).toBe(true);
  });
});

describe('not-covered areas (utanfor.yaml)', () => {
  const writeAreas = (yaml: string) => fs.writeFileSync(path.join(kb.dir, 'utanfor.yaml'), yaml);
  const area = (fields: string) => `areas:\n  - id: utanfor-teams\n    title: { sv: Teams, en: Teams }\n${fields}`;
  const refer = '    refer: { sv: Fråga IT., en: Ask IT. }\n';
  const questions = (q: string) => `    questions: { sv: ["${q}"], en: [how do I book a Teams meeting] }\n`;

  it('reads the areas, with keywords defaulting to none', () => {
    expect(loadKnowledgeBase(path.join(FIXTURES, 'valid')).notCovered).toEqual([
      { id: 'utanfor-outlook', title: { sv: 'Inställningar i Outlook', en: 'Outlook settings' }, refer: { sv: 'Fråga {kontakt:it-enheten}.', en: 'Ask {kontakt:it-enheten}.' }, questions: { sv: ['hur delar jag min kalender'], en: ['how do I share my calendar'] }, keywords: [] },
    ]);
  });

  it('is optional: without the file, with only comments in it or with an empty list there are no areas and no problem', () => {
    fs.rmSync(path.join(kb.dir, 'utanfor.yaml'));
    expect(checkKnowledgeBase(kb.dir)).toMatchObject({ problems: [], kb: { notCovered: [] } });
    writeAreas('# Inga områden än.\n\n');
    expect(checkKnowledgeBase(kb.dir)).toMatchObject({ problems: [], kb: { notCovered: [] } });
    writeAreas('areas:\n');
    expect(checkKnowledgeBase(kb.dir)).toMatchObject({ problems: [], kb: { notCovered: [] } });
  });

  it('reports a missing referral as file:line and names the area', () => {
    writeAreas(area(questions('hur bokar jag ett teams-möte')));
    expect(checkKnowledgeBase(kb.dir).problems.map(formatProblem)).toEqual(['knowledge/utanfor.yaml:2:5  Området "utanfor-teams" saknar hänvisning (refer).']);
  });

  it('reports an area id that a topic already has, and a question a topic already has', () => {
    writeAreas(area(refer + questions('hur ställer jag in telesvar')).replace('utanfor-teams', 'telefon-svara'));
    expect(checkKnowledgeBase(kb.dir).problems.map(formatProblem)).toEqual([
      'knowledge/faq/telefon.yaml:3:9  Id:t "telefon-svara" används också i knowledge/utanfor.yaml, rad 2. Varje ämne och område behöver ett eget id.',
      'knowledge/faq/telefon.yaml:24:12  Frågan "hur ställer jag in telesvar" finns också i området "telefon-svara" (knowledge/utanfor.yaml, rad 5). Samma fråga får bara finnas på ett ställe.',
      'knowledge/utanfor.yaml:2:9  Id:t "telefon-svara" används också i knowledge/faq/telefon.yaml, rad 3. Varje ämne och område behöver ett eget id.',
      'knowledge/utanfor.yaml:5:23  Frågan "hur ställer jag in telesvar" finns också i ämnet "telefon-telesvar" (knowledge/faq/telefon.yaml, rad 24). Samma fråga får bara finnas på ett ställe.',
    ]);
  });

  it('reports an unknown contact in a referral', () => {
    writeAreas(area('    refer: { sv: "Fråga {kontakt:it}.", en: Ask IT. }\n' + questions('hur bokar jag ett teams-möte')));
    expect(checkKnowledgeBase(kb.dir).problems.map(formatProblem)).toEqual([
      'knowledge/utanfor.yaml:4:25  Okänd kontakt "{kontakt:it}". Finns: vaxeln, it-enheten. Kontakterna finns i contacts.yaml.',
    ]);
  });
});

describe('hostile YAML is refused', () => {
  it('refuses an alias bomb without expanding it', () => {
    expect(linesWith('alias-bomb.yaml')).toEqual([
      'knowledge/faq/alias-bomb.yaml:1:1  Filen innehåller för många hänvisningar (*namn), över 100, och har inte lästs in. Skriv ut texten i stället för att hänvisa.',
    ]);
  });

  it('refuses a file larger than the limit without reading it', () => {
    fs.writeFileSync(path.join(kb.dir, 'faq', 'huge.yaml'), `# ${'x'.repeat(MAX_FILE_BYTES)}\nentries: []\n`);
    expect(checkKnowledgeBase(kb.dir).problems.map(formatProblem)).toEqual([
      'knowledge/faq/huge.yaml:1:1  Filen är för stor (1 MB) och har inte lästs in. En fil får vara högst 1 MB; dela upp den i flera filer.',
    ]);
  });

  it('refuses a folder with too many topic files', () => {
    for (let i = 0; i <= MAX_FAQ_FILES; i++) fs.writeFileSync(path.join(kb.dir, 'faq', `extra-${i}.yaml`), 'entries: []\n');
    expect(checkKnowledgeBase(kb.dir).problems.map(formatProblem)).toEqual([
      `knowledge/faq:1:1  Mappen har ${MAX_FAQ_FILES + 3} .yaml-filer. Högst ${MAX_FAQ_FILES} är tillåtna, så ingen har lästs in.`,
    ]);
  });
});

describe('loadKnowledgeBase', () => {
  it('throws KnowledgeBaseInvalidError carrying every problem', () => {
    addBrokenFile(kb.dir, 'unknown-report.yaml');
    expect(() => loadKnowledgeBase(kb.dir)).toThrow(KnowledgeBaseInvalidError);
    try {
      loadKnowledgeBase(kb.dir);
    } catch (error) {
      expect((error as KnowledgeBaseInvalidError).problems).toHaveLength(1);
      expect((error as Error).message).toContain('knowledge/faq/unknown-report.yaml:13:13  Okänt rapportflöde');
    }
  });

  it('says so plainly when the folder does not exist', () => {
    expect(checkKnowledgeBase(path.join(kb.dir, 'saknas')).problems.map(formatProblem)).toEqual([
      'saknas:1:1  Mappen med kunskapsbasen finns inte.',
    ]);
  });
});

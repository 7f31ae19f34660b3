import { buildIndex } from '../../../../bot/domain/knowledge/understand';
import { analyzeQuery } from '../../../../bot/domain/knowledge/search/query';
import { entry, kbOf } from '../../../support/tiny-kb';

const index = buildIndex(
  kbOf(
    [entry('telefonbok', ['Uppdatera telefonboken']), entry('svara', ['Svara i telefon']), entry('kalender', ['Boka tid i kalendern'])],
    [
      ['telefonbok', 'telefonkatalog', 'phone book'],
      ['telefon', 'phone'],
      ['telesvar', 'answerphone'],
      ['svara', 'answer'],
    ],
  ),
);
const terms = (q: string) => analyzeQuery(q, index.search).map((s) => s.alts.map((a) => a.term));

describe('analyzeQuery', () => {
  it('joins a compound typed apart even when its first part is a word of its own', () => {
    expect(terms('uppgifter i telefon boken')).toContainEqual(['#telefonbok']);
  });

  it('reads a phrase written as one word as the phrase ("allmänhandling")', () => {
    const documents = buildIndex(kbOf([entry('handling', ['Vad är en allmän handling?'])], [['allmän handling', 'public document']]));
    expect(analyzeQuery('allmänhandling', documents.search).map((s) => s.alts)).toEqual([[{ term: '#allman handling', sim: 1 }]]);
  });

  it('does not join two words it knows apart into a third ("answer the phone" is not "answerphone")', () => {
    expect(terms('how do I answer the phone')).toEqual([['#svara'], ['#telefon']]);
    expect(terms('svara i telefon')).toEqual([['#svara'], ['#telefon']]);
  });

  it('does not take an everyday word it does not know apart as a compound', () => {
    const withParts = buildIndex(kbOf([entry('snabbt', ['svara genast', 'hela dagen'])], [['omedelbart', 'genast']]));
    expect(analyzeQuery('i helgen', withParts.search).map((s) => s.alts)).toEqual([[]]);
  });

  it('weighs days, months and small numbers like other everyday words, not like unknown subjects', () => {
    const weights = (q: string) => analyzeQuery(q, index.search).map((s) => +s.weight.toFixed(3));
    const [everyday] = weights('helgen');
    expect([...weights('i måndags'), ...weights('två månader')]).toEqual([everyday, everyday, everyday]);
    expect(weights('v. 28-31')).toEqual([everyday, everyday, everyday]);
  });

  it('weighs an everyday word typed in a hurry ("mste", "sjäv") like the everyday word, not like an unknown subject', () => {
    const weights = (q: string) => analyzeQuery(q, index.search).map((s) => +s.weight.toFixed(3));
    const [everyday] = weights('helgen');
    const [unknown] = weights('blåbärssoppa');
    expect([...weights('mste'), ...weights('sjäv'), ...weights('egentligne')]).toEqual([everyday, everyday, everyday]);
    expect(weights('desk')).toEqual([unknown]);
  });

  it('leaves out "menas" in "vad menas med ...", which only asks what something is, and pronouns like "henne"', () => {
    expect(terms('vad menas med kalender')).toEqual(terms('kalender'));
    expect(terms('måste jag svara henne')).toEqual(terms('svara'));
  });

  it('reads a long word one letter off a known word as that word mistyped, not as a compound of two short words', () => {
    const mail = buildIndex(kbOf([entry('signatur', ['Skapa en signatur i mejlet']), entry('engelska', ['Turn on my sign'])]));
    expect(analyzeQuery('signaturn', mail.search).map((s) => s.alts.map((a) => a.term))).toEqual([analyzeQuery('signatur', mail.search)[0]!.alts.map((a) => a.term)]);
  });
});

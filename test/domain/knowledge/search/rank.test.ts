import { buildIndex } from '../../../../bot/domain/knowledge/understand';
import { analyzeQuery } from '../../../../bot/domain/knowledge/search/query';
import { rank } from '../../../../bot/domain/knowledge/search/rank';
import { entry, kbOf } from '../../../support/tiny-kb';

describe('rank', () => {
  it('puts the entry whose own question was asked most fully first when a long story saturates the scores', () => {
    const index = buildIndex(
      kbOf(
        [
          entry('franvaro', ['frånvaromeddelande semester kollega utlandet'], [], { title: { sv: 'Frånvaro', en: 'Away' }, keywords: ['inkorg', 'vidarebefordra', 'chefen', 'sjukskriven', 'öppnar'] }),
          entry('chef', ['chefen öppnar inkorgen'], [], { title: { sv: 'Åtkomst', en: 'Access' }, keywords: ['frånvaromeddelande', 'vidarebefordra', 'semester', 'sjukskriven'] }),
        ],
      ),
    );
    const story = 'semester frånvaromeddelande vidarebefordra inkorgen sjukskriven chefen öppnar';
    const ranked = rank(analyzeQuery(story, index.search), index.search);
    expect(ranked[0]!.score).toBe(ranked[1]!.score);
    expect(ranked.map((c) => index.search.entryIds[c.entry])).toEqual(['chef', 'franvaro']);
  });

  it('weighs a common word in an alternate question as little as in the asked question', () => {
    const index = buildIndex(
      kbOf(
        [entry('fel', ['Samtal till fel person', 'folk ringer mig om saker jag inte jobbar med']), entry('svara', ['Svara i telefon'])],
      ),
    );
    const [top] = rank(analyzeQuery('folk ringer om saker jag inte jobbar med', index.search), index.search);
    expect(top!.docCoverage).toBeCloseTo(1);
  });

  it('counts a title asked with one typo as the title asked', () => {
    const index = buildIndex(kbOf([entry('vad', ['Vad är sekretess?']), entry('grunder', ['Grunder för sekretess', 'när gäller sekretess'])]));
    const [top] = rank(analyzeQuery('vad ar sekretes', index.search), index.search);
    expect(index.search.entryIds[top!.entry]).toBe('vad');
    expect(top!.titleMatch).toBe(true);
  });
});

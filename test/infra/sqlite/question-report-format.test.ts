import type { QuestionReport } from '../../../bot/infra/sqlite/question-report';
import { formatQuestionReport, questionReportToJson } from '../../../bot/infra/sqlite/question-report-format';

const since = new Date('2026-10-29T12:00:00.000Z');
const until = new Date('2026-11-28T12:00:00.000Z');
const empty: QuestionReport = { since, until, unanswered: [], noneOfThese: [], notCovered: [], feedback: [] };

const full: QuestionReport = {
  since,
  until,
  unanswered: [
    {
      text: 'hur bokar jag ett mötesrum',
      count: 4,
      lastAt: new Date('2026-11-27T23:30:00.000Z'),
      suggestions: [
        { topic: 'telesvar-mobil', count: 2 },
        { topic: 'sekretess', count: 1 },
      ],
    },
    { text: 'var är\nparkeringen', count: 1, lastAt: new Date('2026-11-20T08:00:00.000Z'), suggestions: [] },
  ],
  noneOfThese: [
    { text: 'signatur', count: 2, lastAt: new Date('2026-11-21T08:00:00.000Z'), suggestions: [{ topic: 'e-postsignatur', count: 2 }] },
  ],
  notCovered: [
    { text: 'hur delar jag min kalender', count: 3, lastAt: new Date('2026-11-22T08:00:00.000Z'), suggestions: [{ topic: 'utanfor-outlook', count: 3 }] },
  ],
  feedback: [
    { topic: 'sekretess', up: 1, down: 3 },
    { topic: 'allman-handling', up: 2, down: 1 },
    { topic: 'telesvar-mobil', up: 5, down: 0 },
  ],
};

describe('formatQuestionReport', () => {
  it('says plainly when there is nothing to look at', () => {
    expect(formatQuestionReport(empty, { days: 30 })).toBe(
      'Inga obesvarade frågor de senaste 30 dagarna.\nIngen har heller valt ”Inget av dessa” eller gett ett svar 👎.\n',
    );
  });

  it('says "det senaste dygnet" for one day', () => {
    expect(formatQuestionReport(empty, { days: 1 })).toMatch(/^Inga obesvarade frågor det senaste dygnet\./u);
  });

  it('still mentions answers that only got 👍 when nothing else happened', () => {
    const report = { ...empty, feedback: [{ topic: 'telesvar-mobil', up: 1, down: 0 }] };
    expect(formatQuestionReport(report, { days: 30 })).toContain('1 svar fick bara 👍 (1 röst).');
  });

  it('shows unanswered questions, "Inget av dessa" picks, referred questions and 👎 answers in Swedish, in order', () => {
    expect(formatQuestionReport(full, { days: 30 })).toBe(
      [
        'Riktlinjeboten: frågor och återkoppling de senaste 30 dagarna (2026-10-29 – 2026-11-28)',
        '',
        'Frågor som boten inte kunde svara på (5 gånger, 2 olika), vanligast först',
        // 23:30 UTC is the next day in Sweden.
        '- ”hur bokar jag ett mötesrum” – 4 gånger, senast 2026-11-28',
        '  Boten föreslog: telesvar-mobil (2), sekretess (1)',
        '- ”var är parkeringen” – 1 gång, senast 2026-11-20',
        '',
        'Valde ”Inget av dessa” (2 gånger), vanligast först',
        '- ”signatur” – 2 gånger, senast 2026-11-21',
        '  Förslag som inte passade: e-postsignatur (2)',
        '',
        'Hänvisade: frågor som riktlinjen inte tar upp (3 gånger), vanligast först',
        '- ”hur delar jag min kalender” – 3 gånger, senast 2026-11-22',
        '  Område i utanfor.yaml: utanfor-outlook (3)',
        '',
        'Svar som fick 👎, sämst först',
        '- sekretess: 👎 3, 👍 1',
        '- allman-handling: 👎 1, 👍 2',
        '1 svar fick bara 👍 (5 röster).',
        '',
      ].join('\n'),
    );
  });

  it('says which sections are empty instead of leaving them out', () => {
    const text = formatQuestionReport({ ...empty, feedback: [{ topic: 'sekretess', up: 0, down: 1 }] }, { days: 7 });
    expect(text).toContain('Inga obesvarade frågor de senaste 7 dagarna.');
    expect(text).toContain('Ingen har valt ”Inget av dessa” de senaste 7 dagarna.');
    expect(text).toContain('- sekretess: 👎 1, 👍 0');
  });

  it('shows topic titles when it is given them', () => {
    const titles: Record<string, string> = { sekretess: 'Sekretess' };
    const text = formatQuestionReport(full, { days: 30, topicTitle: (id) => titles[id] });
    expect(text).toContain('- Sekretess (sekretess): 👎 3, 👍 1');
    expect(text).toContain('- allman-handling: 👎 1, 👍 2');
  });

  it('shortens a very long question to one readable line', () => {
    const long = { ...empty, unanswered: [{ text: 'ord '.repeat(125), count: 1, lastAt: until, suggestions: [] }] };
    const line = formatQuestionReport(long, { days: 30 }).split('\n').find((l) => l.startsWith('- ”'));
    expect(line?.length).toBeLessThan(260);
    expect(line).toContain('…”');
  });
});

describe('questionReportToJson', () => {
  it('gives the full report with ISO dates', () => {
    const json = questionReportToJson(full, 30);
    expect(json.days).toBe(30);
    expect(json.since).toBe('2026-10-29T12:00:00.000Z');
    expect(json.unanswered[0]).toEqual({
      text: 'hur bokar jag ett mötesrum',
      count: 4,
      lastAt: '2026-11-27T23:30:00.000Z',
      suggestions: [
        { topic: 'telesvar-mobil', count: 2 },
        { topic: 'sekretess', count: 1 },
      ],
    });
    expect(json.feedback).toEqual(full.feedback);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

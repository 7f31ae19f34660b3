import { groupingKey } from '../../../bot/infra/sqlite/grouping-key';

describe('groupingKey', () => {
  it.each([
    ['Hur spärrar jag telefonen?', 'hur sparrar jag  telefonen'],
    ['  "Telesvar"  ', 'telesvar!'],
    ['VAD ÄR OSL…', 'vad är osl'],
    ['Hur\nstänger jag av\tsamtal', 'hur stänger jag av samtal'],
  ])('treats %j and %j as the same question', (a, b) => {
    expect(groupingKey(a)).toBe(groupingKey(b));
  });

  it('keeps different questions apart', () => {
    expect(groupingKey('hur spärrar jag telefonen')).not.toBe(groupingKey('hur spärrar jag datorn'));
  });
});

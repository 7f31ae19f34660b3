import path from 'node:path';
import { checkKnowledgeBase } from '../../../bot/infra/knowledge/load';
import { formatProblem } from '../../../bot/infra/knowledge/problem';

describe('the real knowledge folder', () => {
  it('passes every check, so kb:check is clean and the bot can start', () => {
    const result = checkKnowledgeBase(path.resolve(__dirname, '../../../knowledge'));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.kb?.entries.length).toBeGreaterThanOrEqual(26);
  });
});

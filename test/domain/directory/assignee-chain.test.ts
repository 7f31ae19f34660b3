import { assigneeChain, type Directory, type Person } from '../../../bot/domain/directory/directory';

const p = (id: string): Person => ({ aadObjectId: id, name: id.toUpperCase() });

/** A plain in-memory directory: manager map and deputies map. */
function directory(managers: Record<string, string>, deputies: Record<string, string[]> = {}): Directory {
  return {
    managerOf: async (id) => (managers[id] ? p(managers[id]) : null),
    deputiesOf: async (id) => (deputies[id] ?? []).map(p),
    person: async (id) => p(id),
  };
}

const onCall = { onCall: [p('beredskap')] };

describe('assigneeChain', () => {
  it('orders manager, deputies, the manager’s manager, then on-call', async () => {
    const chain = await assigneeChain('anna', directory({ anna: 'maja', maja: 'kim' }, { maja: ['dan', 'eva'] }), onCall);
    expect(chain.map((l) => [l.person.aadObjectId, l.role])).toEqual([
      ['maja', 'manager'],
      ['dan', 'deputy'],
      ['eva', 'deputy'],
      ['kim', 'skip-level'],
      ['beredskap', 'on-call'],
    ]);
  });

  it('falls back to on-call when there is no manager', async () => {
    const chain = await assigneeChain('anna', directory({}), onCall);
    expect(chain).toEqual([{ person: p('beredskap'), role: 'on-call' }]);
  });

  it('never lists a person twice, nor the reporter as someone else’s deputy', async () => {
    const chain = await assigneeChain('anna', directory({ anna: 'maja', maja: 'beredskap' }, { maja: ['anna', 'dan'] }), onCall);
    expect(chain.map((l) => l.person.aadObjectId)).toEqual(['maja', 'dan', 'beredskap']);
  });

  it('keeps a self-managed reporter (demo unit) first, so the simulator can show the card', async () => {
    const chain = await assigneeChain('alex', directory({ alex: 'alex' }, { alex: ['megan'] }), onCall);
    expect(chain.map((l) => l.person.aadObjectId)).toEqual(['alex', 'megan', 'beredskap']);
  });
});

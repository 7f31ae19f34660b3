import { composeAzureStore } from '../../../bot/compose/compose-store';
import { submitReport, type SubmitResult } from '../../../bot/domain/cases/submit';
import type { NextNumber } from '../../../bot/domain/reports/case-number';
import { EntityTooLargeError, hashKey, openTables } from '../../../bot/infra/azure/tables';
import { useAzurite } from '../../support/azurite';
import { chain, definition, reporter, sequentialIds, threatForm } from '../../domain/cases/fixtures';

/** What only the Azure backend has to get right: property size limits and instances that die mid-submit. */
const azurite = useAzurite();
const at = new Date('2026-03-02T09:00:00Z');
const clock = { now: () => at };
const ids = sequentialIds('az');

const threat = (said = 'Du ska få se, sa han.') => (next: NextNumber): SubmitResult => {
  const result = submitReport(definition('phone-threat'), threatForm, reporter, chain, at, next, ids);
  return result.ok ? { ...result, case: { ...result.case, fields: { ...result.case.fields, 'what-was-said': said } } } : result;
};

async function world() {
  const prefix = azurite.current().freshPrefix();
  const stores = await composeAzureStore(azurite.current().connectionString, prefix, clock);
  const tables = await openTables(azurite.current().connectionString, prefix, { create: false });
  return { stores, tables };
}

describe('AzureCaseStore', () => {
  it('stores a case larger than one 64 KB property by splitting it, and reads it back whole', async () => {
    const { stores } = await world();
    const said = 'Han sa att han visste var jag bor. '.repeat(3000);
    expect(said.length).toBeGreaterThan(100_000);
    await stores.cases.submit('big', threat(said));
    expect((await stores.cases.get('HOT-2026-0001'))?.fields['what-was-said']).toBe(said);
  });

  it('refuses a case too large for one entity with a message that says what to do', async () => {
    const { stores } = await world();
    await expect(stores.cases.submit('huge', threat('x'.repeat(1_000_000)))).rejects.toThrow(EntityTooLargeError);
  });

  it('finishes a submission whose instance died after taking the number, with that number', async () => {
    const { stores, tables } = await world();
    await tables.submissions.createEntity({ partitionKey: hashKey('form-1'), rowKey: '', caseId: 'HOT-2026-0007', serial: 7, at: at.toISOString() });
    expect(await stores.cases.submit('form-1', threat())).toMatchObject({ ok: true, created: true, case: { id: 'HOT-2026-0007' } });
    expect(await stores.cases.submit('form-1', threat())).toMatchObject({ ok: true, created: false, case: { id: 'HOT-2026-0007' } });
  });

  it('takes over a submission whose instance died before it got a number', async () => {
    const { stores, tables } = await world();
    const longAgo = new Date(at.getTime() - 60_000).toISOString();
    await tables.submissions.createEntity({ partitionKey: hashKey('form-1'), rowKey: '', caseId: '', serial: 0, at: longAgo });
    expect(await stores.cases.submit('form-1', threat())).toMatchObject({ ok: true, created: true, case: { id: 'HOT-2026-0001' } });
  });
});

import { runCases } from '../../bot/cli/cases';
import { runKbReport } from '../../bot/cli/kb-report';
import { composeAzureStore } from '../../bot/compose/compose-store';
import { submitReport } from '../../bot/domain/cases/submit';
import { useAzurite } from '../support/azurite';
import { chain, definition, definitions, reporter, sequentialIds, threatForm } from '../domain/cases/fixtures';

const azurite = useAzurite();

describe('the admin commands with STORE=azure', () => {
  it('npm run cases lists and shows the cases kept in Azure Table Storage', async () => {
    const prefix = azurite.current().freshPrefix();
    const at = new Date('2026-03-02T09:40:00Z');
    const stores = await composeAzureStore(azurite.current().connectionString, prefix, { now: () => at });
    await stores.cases.submit('a', (next) => submitReport(definition('phone-threat'), threatForm, reporter, chain, at, next, sequentialIds('cli')));
    const env = { STORE: 'azure', AZURE_STORAGE_CONNECTION_STRING: azurite.current().connectionString, AZURE_TABLE_PREFIX: prefix };
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t), definitions: () => definitions };
    expect(await runCases(['list'], env, io)).toBe(0);
    expect(out).toMatch(/HOT-2026-0001\s+phone-threat\s+öppet\s+Maja/);
    out = '';
    expect(await runCases(['show', 'HOT-2026-0001'], env, io)).toBe(0);
    expect(out).toContain('Ärende HOT-2026-0001 (Hot i telefon)');
  });

  it('npm run kb:report reads the question log kept in Azure Table Storage', async () => {
    const prefix = azurite.current().freshPrefix();
    const at = new Date('2026-11-27T12:00:00Z');
    const stores = await composeAzureStore(azurite.current().connectionString, prefix, { now: () => at });
    await stores.questionLog.recordUnanswered({ text: 'Hur bokar jag mötesrum? Ring 070-123 45 67', lang: 'sv', reason: 'fallback', suggestions: ['sekretess'], at });
    await stores.questionLog.recordFeedback({ topic: 'sekretess', vote: 'down', lang: 'sv', at });
    const env = { STORE: 'azure', AZURE_STORAGE_CONNECTION_STRING: azurite.current().connectionString, AZURE_TABLE_PREFIX: prefix };
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t), clock: { now: () => new Date('2026-11-28T12:00:00Z') } };
    expect(await runKbReport(['--json'], env, io)).toBe(0);
    const report = JSON.parse(out) as { unanswered: { text: string }[]; feedback: { topic: string }[] };
    expect(report.unanswered).toHaveLength(1);
    expect(report.unanswered[0]?.text).not.toContain('070-123 45 67');
    expect(report.feedback).toMatchObject([{ topic: 'sekretess' }]);
  });
});

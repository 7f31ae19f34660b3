import { composeAzureStore } from '../../../bot/compose/compose-store';
import { AzureQuestionLog } from '../../../bot/infra/azure/question-log';
import { readAzureQuestionReport } from '../../../bot/infra/azure/question-report';
import { listAll, openTables } from '../../../bot/infra/azure/tables';
import { useAzurite } from '../../support/azurite';
import type { StoreBackend } from '../../contracts/backend';
import { describeCaseStoreContract } from '../../contracts/case-store.contract';
import { describeOutboxContract } from '../../contracts/outbox.contract';
import { describeQuestionReportContract } from '../../contracts/question-report.contract';
import { describeSmallStoresContract } from '../../contracts/small-stores.contract';

const azurite = useAzurite();

/** Each instance has its own table clients on one Azurite; every world gets its own table prefix (empty tables). */
const azure: StoreBackend = {
  name: 'Azure Table Storage (Azurite)',
  async open(clock) {
    const { connectionString } = azurite.current();
    const prefix = azurite.current().freshPrefix();
    await openTables(connectionString, prefix);
    return {
      instance: () => composeAzureStore(connectionString, prefix, clock),
      restart: async () => undefined,
      async storedUnanswered() {
        const tables = await openTables(connectionString, prefix, { create: false });
        return (await listAll<{ text: string }>(tables.unanswered, '')).map((r) => r.text);
      },
      questionReport: async (since, until) => readAzureQuestionReport(await openTables(connectionString, prefix, { create: false }), since, until),
      purgeQuestionLog: async (cutoff) => {
        await new AzureQuestionLog(await openTables(connectionString, prefix, { create: false })).forgetOlderThan(cutoff);
      },
      close: async () => undefined,
    };
  },
};

describeCaseStoreContract(azure);
describeOutboxContract(azure);
describeSmallStoresContract(azure);
describeQuestionReportContract(azure);

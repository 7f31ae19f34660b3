import { z } from 'zod';

/** The bot's settings, read once from the environment at start. */
export interface Config {
  port: number;
  knowledgeDir: string;
  dbPath: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  retentionDays: number;
  /** Closed report cases (with their audit trail) are deleted this many days after they were closed. */
  caseRetentionDays: number;
  maxBodyBytes: number;
  /** `local`: anonymous, no Azure registration (the simulator, tests). `production`: Teams via Azure Bot Service. */
  botMode: 'local' | 'production';
  bot: BotCredentials;
  reports: ReportsConfig;
  store: StoreConfig;
}

/** Where cases, the outbox and the question log are kept: one SQLite file (one machine), or Azure Table Storage (several instances). */
export type StoreConfig = { kind: 'sqlite' } | { kind: 'azure'; connectionString: string; tablePrefix: string };

/** Report delivery: who the managers are, and how often the outbox and the escalations are checked. */
export interface ReportsConfig {
  /** `yaml`: knowledge/directory.yaml; `graph`: Microsoft Graph (directory.yaml still gives the on-call fallback and admins). */
  directory: 'yaml' | 'graph';
  /** Only when directory is graph: app-only access, User.Read.All. */
  graph: { tenantId: string; clientId: string; clientSecret: string; graphBaseUrl?: string; authorityHost?: string } | null;
  dispatchIntervalMs: number;
  schedulerIntervalMs: number;
  /**
   * How long an instance holds an outbox row it is sending; a crashed instance's rows are taken
   * over after this. Longer than the slowest send (the Bot Framework client retries on its own).
   */
  outboxLeaseMs: number;
  /** Tenant and connector for a 1:1 chat with someone who never wrote to the bot. */
  teamsTenantId: string;
  teamsServiceUrl: string;
}

export interface BotCredentials {
  appId: string;
  appPassword: string;
  tenantId: string;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  /**
   * Where the bot reads the Bot Framework's token signing keys (OpenID metadata). Unset: the public
   * cloud's own. Only for tests (a local stand-in) and sovereign clouds.
   */
  openIdMetadataUrl?: string;
}

/** A setting is missing or wrong; the message says which one and how to fix it. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Unset and empty mean the same: "use the default". */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), schema);

const intSetting = (min: number, max: number, fallback: number) => optional(z.coerce.number().int().min(min).max(max).default(fallback));

const schema = z.object({
  PORT: intSetting(0, 65_535, 3978),
  KNOWLEDGE_DIR: optional(z.string().default('knowledge')),
  DB_PATH: optional(z.string().default('data/riktlinjeboten.sqlite')),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  RETENTION_DAYS: intSetting(1, 36_500, 365),
  CASE_RETENTION_DAYS: intSetting(1, 36_500, 730),
  MAX_BODY_BYTES: intSetting(1024, 50 * 1024 * 1024, 262_144),
  BOT_MODE: optional(z.enum(['local', 'production']).default('local')),
  MicrosoftAppId: optional(z.string().default('')),
  MicrosoftAppPassword: optional(z.string().default('')),
  MicrosoftAppTenantId: optional(z.string().default('')),
  MicrosoftAppType: optional(z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant')),
  BOT_OPENID_METADATA_URL: optional(z.string().url().optional()),
  DIRECTORY: optional(z.enum(['yaml', 'graph']).default('yaml')),
  GRAPH_TENANT_ID: optional(z.string().optional()),
  GRAPH_CLIENT_ID: optional(z.string().optional()),
  GRAPH_CLIENT_SECRET: optional(z.string().optional()),
  GRAPH_BASE_URL: optional(z.string().url().optional()),
  GRAPH_AUTHORITY_HOST: optional(z.string().url().optional()),
  DISPATCH_INTERVAL_MS: intSetting(50, 3_600_000, 1000),
  OUTBOX_LEASE_MS: intSetting(1000, 3_600_000, 120_000),
  SCHEDULER_INTERVAL_MS: intSetting(50, 3_600_000, 15_000),
  TEAMS_TENANT_ID: optional(z.string().optional()),
  TEAMS_SERVICE_URL: optional(z.string().url().optional()),
  STORE: optional(z.enum(['sqlite', 'azure']).default('sqlite')),
  AZURE_STORAGE_CONNECTION_STRING: optional(z.string().optional()),
  AZURE_TABLE_PREFIX: optional(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/, 'letters and digits only, starting with a letter').default('rb')),
});

type Raw = z.infer<typeof schema>;

/** Validates the environment. Throws ConfigError naming every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid settings in the environment:\n  ${problems.join('\n  ')}`);
  }
  const raw = parsed.data;
  if (raw.BOT_MODE === 'production') requireCredentials(raw);
  return {
    port: raw.PORT,
    knowledgeDir: raw.KNOWLEDGE_DIR,
    dbPath: raw.DB_PATH,
    logLevel: raw.LOG_LEVEL,
    retentionDays: raw.RETENTION_DAYS,
    caseRetentionDays: raw.CASE_RETENTION_DAYS,
    maxBodyBytes: raw.MAX_BODY_BYTES,
    botMode: raw.BOT_MODE,
    // Local mode is anonymous on purpose: an empty app id turns off token validation (see platform notes).
    bot:
      raw.BOT_MODE === 'local'
        ? { appId: '', appPassword: '', tenantId: '', appType: raw.MicrosoftAppType }
        : {
            appId: raw.MicrosoftAppId,
            appPassword: raw.MicrosoftAppPassword,
            tenantId: raw.MicrosoftAppTenantId,
            appType: raw.MicrosoftAppType,
            ...(raw.BOT_OPENID_METADATA_URL ? { openIdMetadataUrl: raw.BOT_OPENID_METADATA_URL } : {}),
          },
    reports: reportsConfig(raw),
    store: storeConfig(raw),
  };
}

function storeConfig(raw: Raw): StoreConfig {
  if (raw.STORE === 'sqlite') return { kind: 'sqlite' };
  if (!raw.AZURE_STORAGE_CONNECTION_STRING) {
    throw new ConfigError(
      'STORE=azure needs AZURE_STORAGE_CONNECTION_STRING (the storage account\'s connection string, from the Azure portal under Access keys). Or leave STORE unset for the SQLite file.',
    );
  }
  return { kind: 'azure', connectionString: raw.AZURE_STORAGE_CONNECTION_STRING, tablePrefix: raw.AZURE_TABLE_PREFIX };
}

/** The local simulator's tenant and connector, so a local report reaches a simulated manager. */
const SIMULATOR = { tenantId: '00000000-0000-0000-0000-0000000000001', serviceUrl: 'http://localhost:56150/_connector' };

function reportsConfig(raw: Raw): ReportsConfig {
  const local = raw.BOT_MODE === 'local';
  return {
    directory: raw.DIRECTORY,
    graph: raw.DIRECTORY === 'graph' ? graphConfig(raw) : null,
    dispatchIntervalMs: raw.DISPATCH_INTERVAL_MS,
    schedulerIntervalMs: raw.SCHEDULER_INTERVAL_MS,
    outboxLeaseMs: raw.OUTBOX_LEASE_MS,
    teamsTenantId: raw.TEAMS_TENANT_ID ?? (raw.MicrosoftAppTenantId || (local ? SIMULATOR.tenantId : '')),
    teamsServiceUrl: raw.TEAMS_SERVICE_URL ?? (local ? SIMULATOR.serviceUrl : 'https://smba.trafficmanager.net/teams/'),
  };
}

/** Graph defaults to the bot's own app registration, which then needs User.Read.All. */
function graphConfig(raw: Raw): NonNullable<ReportsConfig['graph']> {
  const tenantId = raw.GRAPH_TENANT_ID ?? raw.MicrosoftAppTenantId;
  const clientId = raw.GRAPH_CLIENT_ID ?? raw.MicrosoftAppId;
  const clientSecret = raw.GRAPH_CLIENT_SECRET ?? raw.MicrosoftAppPassword;
  const missing = [tenantId ? null : 'GRAPH_TENANT_ID', clientId ? null : 'GRAPH_CLIENT_ID', clientSecret ? null : 'GRAPH_CLIENT_SECRET'].filter((m) => m !== null);
  if (missing.length > 0) {
    throw new ConfigError(
      `DIRECTORY=graph needs ${missing.join(', ')} (or MicrosoftAppTenantId, MicrosoftAppId and MicrosoftAppPassword of an app registration ` +
        'with the application permission User.Read.All). Or set DIRECTORY=yaml to use knowledge/directory.yaml.',
    );
  }
  return {
    tenantId,
    clientId,
    clientSecret,
    ...(raw.GRAPH_BASE_URL ? { graphBaseUrl: raw.GRAPH_BASE_URL } : {}),
    ...(raw.GRAPH_AUTHORITY_HOST ? { authorityHost: raw.GRAPH_AUTHORITY_HOST } : {}),
  };
}

function requireCredentials(raw: Raw): void {
  const missing = (['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId'] as const).filter((k) => raw[k] === '');
  if (missing.length > 0) {
    throw new ConfigError(
      `BOT_MODE=production needs ${missing.join(', ')}. Take them from the bot's Azure registration ` +
        '(App ID, a client secret and the directory/tenant ID), or set BOT_MODE=local to run without Azure.',
    );
  }
}

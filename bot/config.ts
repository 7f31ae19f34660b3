import { z } from 'zod';

/** The bot's settings, read once from the environment at start. */
export interface Config {
  port: number;
  knowledgeDir: string;
  dbPath: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  retentionDays: number;
  maxBodyBytes: number;
  /** `local`: anonymous, no Azure registration (the simulator, tests). `production`: Teams via Azure Bot Service. */
  botMode: 'local' | 'production';
  bot: BotCredentials;
}

export interface BotCredentials {
  appId: string;
  appPassword: string;
  tenantId: string;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
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
  MAX_BODY_BYTES: intSetting(1024, 50 * 1024 * 1024, 262_144),
  BOT_MODE: optional(z.enum(['local', 'production']).default('local')),
  MicrosoftAppId: optional(z.string().default('')),
  MicrosoftAppPassword: optional(z.string().default('')),
  MicrosoftAppTenantId: optional(z.string().default('')),
  MicrosoftAppType: optional(z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant')),
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
    maxBodyBytes: raw.MAX_BODY_BYTES,
    botMode: raw.BOT_MODE,
    // Local mode is anonymous on purpose: an empty app id turns off token validation (see platform notes).
    bot:
      raw.BOT_MODE === 'local'
        ? { appId: '', appPassword: '', tenantId: '', appType: raw.MicrosoftAppType }
        : { appId: raw.MicrosoftAppId, appPassword: raw.MicrosoftAppPassword, tenantId: raw.MicrosoftAppTenantId, appType: raw.MicrosoftAppType },
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

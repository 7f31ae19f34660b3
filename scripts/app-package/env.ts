import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type EnvVars = Readonly<Record<string, string>>;

/** Values the manifest may take from defaults when the env files leave them out. */
export const DEFAULT_VARS: EnvVars = {
  DEVELOPER_WEBSITE_URL: 'https://www.oxelosund.se',
  DEVELOPER_PRIVACY_URL: 'https://www.oxelosund.se',
  DEVELOPER_TERMS_OF_USE_URL: 'https://www.oxelosund.se',
};

/** Parses a Teams Toolkit env file (dotenv syntax: KEY=value, # comments, optional quotes). */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key = '', value = ''] = match;
    vars[key] = unquote(value);
  }
  return vars;
}

function unquote(value: string): string {
  const quoted = /^(['"])(.*)\1$/.exec(value);
  if (quoted) return quoted[2] ?? '';
  return value.replace(/\s+#.*$/, '');
}

export interface LoadedEnv {
  vars: EnvVars;
  files: string[];
}

/**
 * Reads env/.env.<name> and, if present, env/.env.<name>.user (secrets, git-ignored), the
 * same files the Toolkit reads. Later files win; empty values count as unset.
 */
export function loadEnv(root: string, envName: string): LoadedEnv {
  const base = join(root, 'env', `.env.${envName}`);
  if (!existsSync(base)) {
    throw new Error(`No env file for "${envName}": expected ${base}. Known environments are the env/.env.<name> files.`);
  }
  const files = [base, `${base}.user`].filter((f) => existsSync(f));
  const vars: Record<string, string> = {};
  for (const file of files) {
    for (const [k, v] of Object.entries(parseEnvFile(readFileSync(file, 'utf8')))) {
      if (v !== '') vars[k] = v;
    }
  }
  return { vars, files };
}

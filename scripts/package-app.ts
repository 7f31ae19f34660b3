/**
 * Builds the Teams app package for one environment, validated offline:
 *   npm run package                 -> appPackage.dev.zip
 *   npm run package -- --env local  -> appPackage.local.zip
 * Values come from env/.env.<env>, then env/.env.<env>.user (secrets), then the process
 * environment (CI); ${{NAME}} placeholders in teamsapp/appPackage/manifest.json are filled.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppPackageInvalidError, buildAppPackage, zipAppPackage } from './app-package/build';
import { loadEnv } from './app-package/env';
import { MissingEnvVarsError, placeholdersIn } from './app-package/placeholders';

const root = join(__dirname, '..');

function envNameFromArgs(args: string[]): string {
  const i = args.indexOf('--env');
  const inline = args.find((a) => a.startsWith('--env='));
  const name = inline ? inline.slice('--env='.length) : i >= 0 ? args[i + 1] : 'dev';
  if (!name || !/^[a-z0-9-]+$/i.test(name)) throw new Error('Usage: npm run package -- --env <local|dev|...>');
  return name;
}

/** Only variables the template uses are taken from the process environment. */
function fromProcessEnv(names: string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((n) => (process.env[n] ? [[n, process.env[n] as string]] : [])));
}

async function main(): Promise<void> {
  const envName = envNameFromArgs(process.argv.slice(2));
  const { vars, files } = loadEnv(root, envName);
  const names = placeholdersIn(readFileSync(join(root, 'teamsapp', 'appPackage', 'manifest.json'), 'utf8'));
  const hint =
    `Set them in env/.env.${envName} or env/.env.${envName}.user (read: ${files.map((f) => relative(root, f)).join(', ')}). ` +
    'TEAMS_APP_ID and BOT_ID are written there by "teamsapp provision", or copy them from the Developer Portal and the Azure Bot.';
  const pkg = await buildAppPackage({ vars: { ...vars, ...fromProcessEnv(names) }, missingHint: hint });
  const out = join(root, `appPackage.${envName}.zip`);
  writeFileSync(out, await zipAppPackage(pkg));
  console.log(`Wrote ${relative(root, out)} (${[...pkg.files.keys()].join(', ')}); validated against manifest schema v${String(pkg.manifest['manifestVersion'])}.`);
}

main().catch((e: unknown) => {
  const known = e instanceof MissingEnvVarsError || e instanceof AppPackageInvalidError;
  console.error(known ? (e as Error).message : e);
  process.exitCode = 1;
});

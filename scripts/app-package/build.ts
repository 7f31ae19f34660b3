import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLimitProblems, localizedCommands, manifestCommands } from './command-rules';
import { DEFAULT_VARS, EnvVars } from './env';
import { colorIconProblems, outlineIconProblems } from './icon-rules';
import { fillPlaceholders } from './placeholders';
import { Json, manifestVersionOf, validateLocalization, validateManifest } from './schemas';

/** Where the manifest template, icons and translations live (the Toolkit's appPackage folder). */
export const APP_PACKAGE_DIR = join(__dirname, '..', '..', 'teamsapp', 'appPackage');

/** Raised when the filled package breaks a schema or Teams rule; lists every problem found. */
export class AppPackageInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`The Teams app package is not valid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'AppPackageInvalidError';
  }
}

export interface AppPackage {
  manifest: Json;
  /** File name (zip root) -> contents. */
  files: Map<string, Buffer>;
}

export interface BuildOptions {
  vars: EnvVars;
  appPackageDir?: string;
  /** Shown after the names of missing variables, e.g. which env files to edit. */
  missingHint?: string;
}

/** Fills the manifest template, gathers icons and translations, and validates all of it offline. */
export async function buildAppPackage(options: BuildOptions): Promise<AppPackage> {
  const dir = options.appPackageDir ?? APP_PACKAGE_DIR;
  const vars = { ...DEFAULT_VARS, ...options.vars };
  const template = readFileSync(join(dir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(fillPlaceholders(template, vars, 'teamsapp/appPackage/manifest.json', options.missingHint)) as Json;

  const files = new Map<string, Buffer>([['manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n')]]);
  const icons = manifest['icons'] as { color: string; outline: string };
  files.set(icons.color, readFileSync(join(dir, icons.color)));
  files.set(icons.outline, readFileSync(join(dir, icons.outline)));
  for (const file of localizationFiles(manifest)) files.set(file, readFileSync(join(dir, file)));

  await assertValid(manifest, files);
  return { manifest, files };
}

function localizationFiles(manifest: Json): string[] {
  const info = manifest['localizationInfo'] as { defaultLanguageFile?: string; additionalLanguages?: Array<{ file: string }> } | undefined;
  return [...(info?.defaultLanguageFile ? [info.defaultLanguageFile] : []), ...(info?.additionalLanguages ?? []).map((l) => l.file)];
}

/** Collects every problem (schema, translations, icons, command lengths) before failing. */
export async function packageProblems(manifest: Json, files: Map<string, Buffer>): Promise<string[]> {
  const version = manifestVersionOf(manifest);
  const problems = (await validateManifest(manifest)).map((e) => `manifest.json ${e}`);
  problems.push(...commandLimitProblems(manifestCommands(manifest), 'manifest.json'));
  for (const file of localizationFiles(manifest)) {
    const localization = JSON.parse(files.get(file)?.toString('utf8') ?? '{}') as Json;
    problems.push(...(await validateLocalization(localization, version)).map((e) => `${file} ${e}`));
    problems.push(...commandLimitProblems(localizedCommands(manifest, localization), file));
  }
  const icons = manifest['icons'] as { color: string; outline: string };
  problems.push(...colorIconProblems(files.get(icons.color) ?? Buffer.alloc(0), icons.color));
  problems.push(...outlineIconProblems(files.get(icons.outline) ?? Buffer.alloc(0), icons.outline));
  return problems;
}

async function assertValid(manifest: Json, files: Map<string, Buffer>): Promise<void> {
  const problems = await packageProblems(manifest, files);
  if (problems.length > 0) throw new AppPackageInvalidError(problems);
}

/** A fixed timestamp keeps the zip byte-identical for identical input. */
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

export async function zipAppPackage(pkg: AppPackage): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of pkg.files) zip.file(name, data, { date: ZIP_DATE });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'DOS' });
}

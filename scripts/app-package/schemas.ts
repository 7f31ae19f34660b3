import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Json = Record<string, unknown>;
type SchemaKind = 'MicrosoftTeams' | 'MicrosoftTeams.Localization';

const manifestPackageMain = require.resolve('@microsoft/app-manifest');

/** Folder of the Teams JSON schemas that @microsoft/app-manifest ships (v1.0 ... v1.30). */
function bundledSchemaDir(): string {
  return join(dirname(manifestPackageMain), 'json-schemas', 'teams');
}

/** Loads a bundled schema from disk; never goes to the network (CI and dev machines are offline). */
const loaded = new Map<string, Json>();

export function bundledSchema(manifestVersion: string, kind: SchemaKind): Json {
  const file = join(bundledSchemaDir(), `v${manifestVersion}`, `${kind}.schema.json`);
  const cached = loaded.get(file);
  if (cached) return cached;
  if (!existsSync(file)) {
    throw new Error(
      `@microsoft/app-manifest has no bundled ${kind} schema for manifest version ${manifestVersion} (${file}). ` +
        'Use a version it ships, or upgrade the package.',
    );
  }
  // The package does the same clean-up before parsing: some schemas contain \a and \v escapes.
  const raw = readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  const schema = JSON.parse(raw) as Json;
  loaded.set(file, schema);
  return schema;
}

type AjvClass = new (options: object) => Ajv;

/**
 * The validator stack @microsoft/app-manifest itself uses (AppManifestUtils.validateAgainstSchema):
 * ajv-draft-04 with the uri/email/regex formats, resolved from that package's own dependencies.
 * We do not call AppManifestUtils directly: it loads ESM-only strip-bom, which jest cannot require.
 */
function createValidator(): Ajv {
  const requireFromPackage = createRequire(manifestPackageMain);
  const AjvDraft04 = (requireFromPackage('ajv-draft-04') as { default: AjvClass }).default;
  const addFormats = (requireFromPackage('ajv-formats') as { default: (ajv: Ajv, formats: string[]) => void }).default;
  // unicodeRegExp off: the official Localization schema has a pattern with an unescaped "]" that is a
  // syntax error in JavaScript's unicode mode, which ajv turns on by default.
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv;
}

let validator: Ajv | undefined;
const compiled = new Map<Json, ValidateFunction>();

/** Returns readable errors, empty when the document is valid. Draft-04 schemas only. */
export async function validateAgainst(doc: unknown, schema: Json): Promise<string[]> {
  validator ??= createValidator();
  let validate = compiled.get(schema);
  if (!validate) {
    validate = validator.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(JSON.parse(JSON.stringify(doc)))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

export function manifestVersionOf(manifest: Json): string {
  const v = manifest['manifestVersion'];
  if (typeof v !== 'string') throw new Error('manifest.json has no manifestVersion.');
  return v;
}

export async function validateManifest(manifest: Json): Promise<string[]> {
  return validateAgainst(manifest, bundledSchema(manifestVersionOf(manifest), 'MicrosoftTeams'));
}

export async function validateLocalization(localization: Json, manifestVersion: string): Promise<string[]> {
  return validateAgainst(localization, bundledSchema(manifestVersion, 'MicrosoftTeams.Localization'));
}

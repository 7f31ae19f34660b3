import { EnvVars } from './env';

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Raised when a template needs variables that are unset or empty; names them all at once. */
export class MissingEnvVarsError extends Error {
  constructor(readonly missing: string[], readonly template: string, readonly hint: string) {
    super(
      `${template} needs ${missing.length === 1 ? 'a variable that is' : 'variables that are'} not set: ` +
        `${missing.join(', ')}. ${hint}`,
    );
    this.name = 'MissingEnvVarsError';
  }
}

export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** Replaces every ${{NAME}} (Toolkit syntax) with its value, or throws naming all missing ones. */
export function fillPlaceholders(text: string, vars: EnvVars, template: string, hint = ''): string {
  const missing = placeholdersIn(text).filter((name) => !vars[name]);
  if (missing.length > 0) throw new MissingEnvVarsError(missing, template, hint);
  return text.replace(PLACEHOLDER, (_m, name: string) => jsonEscape(vars[name] ?? ''));
}

/** Values land inside JSON strings: escape them so a quote in a value cannot break the file. */
function jsonEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

import type { Localized } from '../knowledge/types';
import type { FieldDefinition, ReportDefinition } from './definition';
import { fromLocal } from './local-time';

/** A validated answer: text as typed (trimmed), toggles as booleans, times as UTC ISO strings. */
export type FieldValue = string | boolean | null;
export type FormValues = Record<string, FieldValue>;

export type FieldErrorCode = 'required' | 'too-long' | 'invalid-phone' | 'invalid-choice' | 'invalid-datetime' | 'in-future' | 'invalid-toggle';

export interface FieldError {
  field: string;
  code: FieldErrorCode;
  message: Localized;
}

export type FormResult = { ok: true; values: FormValues } | { ok: false; errors: FieldError[] };

/** A time a few minutes ahead is a slow phone clock, not a mistake. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
const DEFAULT_MAX_LENGTH = 500;
const PHONE_CHARS = /^\+?[0-9 ()-]+$/;
const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/;

/**
 * Checks card input against the report's fields. Unknown keys (the card's verb, ids) are ignored;
 * an empty datetime means "now", as the form suggests.
 */
export function validateForm(def: ReportDefinition, input: Readonly<Record<string, unknown>>, now: Date): FormResult {
  const values: FormValues = {};
  const errors: FieldError[] = [];
  for (const field of def.fields) {
    const result = validateField(field, input[field.id], now);
    if ('error' in result) errors.push({ field: field.id, code: result.error, message: messageFor(field, result.error) });
    else values[field.id] = result.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}

type Checked = { value: FieldValue } | { error: FieldErrorCode };

function validateField(field: FieldDefinition, raw: unknown, now: Date): Checked {
  if (field.kind === 'toggle') return checkToggle(raw);
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  if (text === '') {
    if (field.kind === 'datetime') return { value: now.toISOString() };
    return field.required ? { error: 'required' } : { value: null };
  }
  switch (field.kind) {
    case 'datetime':
      return checkDateTime(text, now);
    case 'choice':
      return field.choices?.some((c) => c.value === text) ? { value: text } : { error: 'invalid-choice' };
    case 'phone':
      return checkPhone(text, field);
    default:
      return text.length > (field.maxLength ?? DEFAULT_MAX_LENGTH) ? { error: 'too-long' } : { value: text };
  }
}

function checkToggle(raw: unknown): Checked {
  if (raw === undefined || raw === null || raw === '' || raw === false || raw === 'false') return { value: false };
  if (raw === true || raw === 'true') return { value: true };
  return { error: 'invalid-toggle' };
}

function checkPhone(text: string, field: FieldDefinition): Checked {
  const digits = text.replace(/\D/g, '').length;
  if (!PHONE_CHARS.test(text) || digits < 3 || digits > 15) return { error: 'invalid-phone' };
  return text.length > (field.maxLength ?? DEFAULT_MAX_LENGTH) ? { error: 'too-long' } : { value: text };
}

function checkDateTime(text: string, now: Date): Checked {
  const at = parseDateTime(text);
  if (!at) return { error: 'invalid-datetime' };
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return { error: 'in-future' };
  return { value: at.toISOString() };
}

/** Accepts the card's local "2026-03-01T10:42" (Swedish time) or a full ISO time with zone. */
function parseDateTime(text: string): Date | null {
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const at = new Date(text);
    return Number.isNaN(at.getTime()) ? null : at;
  }
  const m = LOCAL_DATETIME.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return fromLocal({ year, month, day, hour, minute });
}

function messageFor(field: FieldDefinition, code: FieldErrorCode): Localized {
  const sv = field.label.sv;
  const en = field.label.en;
  switch (code) {
    case 'required':
      return { sv: `Fyll i ”${sv}”.`, en: `Please fill in "${en}".` };
    case 'too-long':
      return {
        sv: `”${sv}” är för långt: högst ${field.maxLength ?? DEFAULT_MAX_LENGTH} tecken.`,
        en: `"${en}" is too long: at most ${field.maxLength ?? DEFAULT_MAX_LENGTH} characters.`,
      };
    case 'invalid-phone':
      return { sv: `”${sv}” ser inte ut som ett telefonnummer. Skriv bara siffror, t.ex. 070-123 45 67.`, en: `"${en}" does not look like a phone number. Use digits only, e.g. 070-123 45 67.` };
    case 'invalid-choice':
      return { sv: `Välj ett av alternativen för ”${sv}”.`, en: `Please pick one of the options for "${en}".` };
    case 'invalid-datetime':
      return { sv: `Skriv tiden för ”${sv}” som datum och klockslag.`, en: `Please give "${en}" as a date and a time.` };
    case 'in-future':
      return { sv: `Tiden för ”${sv}” ligger i framtiden. Kontrollera datum och klockslag.`, en: `The time for "${en}" is in the future. Please check the date and time.` };
    case 'invalid-toggle':
      return { sv: `Svaret på ”${sv}” kunde inte läsas. Försök igen.`, en: `The answer to "${en}" could not be read. Please try again.` };
  }
}

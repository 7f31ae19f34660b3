import type { Lang } from '../../../domain/knowledge/types';
import type { FieldDefinition, ReportDefinition } from '../../../domain/reports/definition';
import type { FieldError } from '../../../domain/reports/form';
import { localInputValue } from '../../../domain/reports/local-time';
import { reportTexts } from '../../report-texts';
import { card, heading, text, type Card, type CardAction, type CardElement } from '../adaptive';

export const SUBMIT_VERB = 'report.submit';
export const CANCEL_VERB = 'report.cancel';

export interface ReportFormOptions {
  definition: ReportDefinition;
  lang: Lang;
  /** A fresh id per form shown: submitting the same form twice then creates one case. */
  submissionKey: string;
  /** Pre-fills date and time fields. */
  now: Date;
  /** What the person typed last time (the card's data), kept when the form is shown again. */
  values?: Readonly<Record<string, unknown>>;
  /** Messages from validateForm, shown in red under their fields. */
  errors?: readonly FieldError[];
}

/** The report form: what matters now first, then one input per field of the report definition. */
export function reportFormCard(o: ReportFormOptions): Card {
  const t = reportTexts[o.lang].form;
  const def = o.definition;
  const errors = o.errors ?? [];
  const body: CardElement[] = [
    text(def.intro[o.lang], { weight: 'Bolder', color: 'Attention' }),
    heading(def.title[o.lang]),
    ...(errors.length > 0 ? [text(t.fixErrors, { color: 'Attention', weight: 'Bolder' })] : []),
    ...def.fields.flatMap((f) => [...inputsFor(f, o), ...errorsFor(f, errors, o.lang)]),
  ];
  // The language travels with the form, so a form shown again (with errors) stays in it.
  const data = { flow: def.id, submissionKey: o.submissionKey, lang: o.lang };
  const actions = [formAction(t.submit, SUBMIT_VERB, data, 'auto', 'positive'), formAction(t.cancel, CANCEL_VERB, data, 'none')];
  return card(`${def.title[o.lang]}: ${def.intro[o.lang]}`, body, actions);
}

/** Action.Execute with an Action.Submit fallback; `none` lets Cancel work with a half-filled form. */
function formAction(title: string, verb: string, data: Record<string, unknown>, associatedInputs: 'auto' | 'none', style?: 'positive'): CardAction {
  const common = { title, associatedInputs, ...(style ? { style } : {}) };
  return { type: 'Action.Execute', verb, data, ...common, fallback: { type: 'Action.Submit', data: { ...data, verb }, ...common } };
}

function inputsFor(f: FieldDefinition, o: ReportFormOptions): CardElement[] {
  const label = f.label[o.lang];
  const required = f.required ? { isRequired: true, errorMessage: reportTexts[o.lang].form.required(label) } : {};
  const kept = (id: string): string | undefined => {
    const v = o.values?.[id];
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  };
  const value = (id: string, fallback?: string): Record<string, string> => {
    const v = kept(id) ?? fallback;
    return v === undefined || v === '' ? {} : { value: v };
  };
  const maxLength = f.maxLength ? { maxLength: f.maxLength } : {};
  switch (f.kind) {
    case 'text':
      return [{ type: 'Input.Text', id: f.id, label, ...maxLength, ...required, ...value(f.id) }];
    case 'multiline':
      return [{ type: 'Input.Text', id: f.id, label, isMultiline: true, ...maxLength, ...required, ...value(f.id) }];
    case 'phone':
      return [{ type: 'Input.Text', id: f.id, label, style: 'Tel', placeholder: '070-123 45 67', ...maxLength, ...required, ...value(f.id) }];
    case 'toggle':
      return [{ type: 'Input.Toggle', id: f.id, title: label, valueOn: 'true', valueOff: 'false', wrap: true, value: kept(f.id) === 'true' ? 'true' : 'false' }];
    case 'choice':
      return [choiceSet(f, o.lang, label, required, value(f.id))];
    case 'datetime':
      return dateTimeInputs(f, o, label, value);
  }
}

function choiceSet(f: FieldDefinition, lang: Lang, label: string, required: object, value: object): CardElement {
  const choices = (f.choices ?? []).map((c) => ({ title: c.label[lang], value: c.value }));
  // Radio buttons are easiest on a phone; a long list folds into a drop-down.
  return { type: 'Input.ChoiceSet', id: f.id, label, style: choices.length <= 4 ? 'expanded' : 'compact', choices, ...required, ...value };
}

/** Date and time as two native pickers, pre-filled with now in Swedish time. */
function dateTimeInputs(f: FieldDefinition, o: ReportFormOptions, label: string, value: (id: string, fallback?: string) => Record<string, string>): CardElement[] {
  const t = reportTexts[o.lang].form;
  const [date, time] = localInputValue(o.now).split('T') as [string, string];
  return [
    text(label, { weight: 'Bolder', spacing: 'Medium' }),
    {
      type: 'ColumnSet',
      spacing: 'Small',
      columns: [
        { type: 'Column', width: 'stretch', items: [{ type: 'Input.Date', id: `${f.id}.date`, label: t.date, ...value(`${f.id}.date`, date) }] },
        { type: 'Column', width: 'stretch', items: [{ type: 'Input.Time', id: `${f.id}.time`, label: t.time, ...value(`${f.id}.time`, time) }] },
      ],
    },
    text(t.datetimeHint, { size: 'Small', isSubtle: true, spacing: 'Small' }),
  ];
}

function errorsFor(f: FieldDefinition, errors: readonly FieldError[], lang: Lang): CardElement[] {
  return errors.filter((e) => e.field === f.id).map((e) => text(e.message[lang], { color: 'Attention', size: 'Small', spacing: 'Small' }));
}

/**
 * The card's data in the shape validateForm reads: each date and time pair becomes one local
 * "2026-03-01T10:42" (both empty means "now"; one missing is reported as an invalid time).
 */
export function formInput(def: ReportDefinition, data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...data };
  for (const f of def.fields) {
    if (f.kind !== 'datetime') continue;
    const date = stringOf(data[`${f.id}.date`]);
    const time = stringOf(data[`${f.id}.time`]);
    if (date === '' && time === '') input[f.id] = stringOf(data[f.id]);
    else input[f.id] = `${date}T${time}`;
  }
  return input;
}

function stringOf(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

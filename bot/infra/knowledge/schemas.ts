import Ajv, { type ValidateFunction } from 'ajv';
import contactsSchema from '../../../knowledge/schema/contacts.schema.json';
import faqSchema from '../../../knowledge/schema/faq.schema.json';
import synonymsSchema from '../../../knowledge/schema/synonyms.schema.json';
import notCoveredSchema from '../../../knowledge/schema/utanfor.schema.json';

/** The kinds of file in the knowledge folder, each with its own JSON schema. */
export type KbFileKind = 'faq' | 'synonyms' | 'contacts' | 'reports' | 'notCovered';

function compileAll(): Record<KbFileKind, ValidateFunction> {
  // verbose: errors carry the schema, so messages can name the fields that do exist.
  const ajv = new Ajv({ allErrors: true, verbose: true, useDefaults: true, strict: true });
  // The VS Code YAML extension shows this text while editing; we show it too.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  return {
    faq: ajv.compile(faqSchema),
    synonyms: ajv.compile(synonymsSchema),
    contacts: ajv.compile(contactsSchema),
    reports: ajv.compile(reportIdsSchema),
    notCovered: ajv.compile(notCoveredSchema),
  };
}

/**
 * Only the flow ids matter to the knowledge base. The flows' other fields belong to the
 * report feature, which checks them against knowledge/schema/reports.schema.json itself.
 */
const reportIdsSchema = {
  type: 'object',
  required: ['flows'],
  properties: {
    flows: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            patternErrorMessage: 'Flödets id får bara innehålla små bokstäver a–z, siffror och bindestreck, t.ex. lost-phone.',
          },
        },
      },
    },
  },
};

let compiled: Record<KbFileKind, ValidateFunction> | undefined;

/** Compiled once per process: compiling costs milliseconds, validating microseconds. */
export function validatorFor(kind: KbFileKind): ValidateFunction {
  compiled ??= compileAll();
  return compiled[kind];
}

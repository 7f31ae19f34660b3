import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
// A copy of ../shared/schemas/adaptive-card-1.5.json (the official schema; no npm package ships it).
import schema from './schemas/adaptive-card-1.5.json';

export const MAX_CARD_BYTES = 28 * 1024;

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addMetaSchema(draft06);
// The schema names itself with draft-04's `id`, which ajv 8 refuses; `$id` is the draft-06 spelling.
const { id: schemaId, ...schemaBody } = schema;
const validate = ajv.compile({ ...schemaBody, $id: schemaId });

/** Problems of a card against the Adaptive Card 1.5 schema and Teams' 28 KB limit; empty when fine. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  if (!validate(card)) problems.push(ajv.errorsText(validate.errors, { separator: '\n' }));
  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (bytes >= MAX_CARD_BYTES) problems.push(`${bytes} bytes, more than Teams' 28 KB`);
  return problems;
}

/**
 * JSON Schema (draft 2020-12) validation with @cfworker/json-schema, which is
 * ES modules and runs in the test browsers as it is.
 */
import { dereference, validate as validateAll, type Schema as FullSchema } from '@cfworker/json-schema';

export type Schema = { [keyword: string]: unknown };

// Errors with these keywords only say that something inside failed; that inner error is listed too.
const WRAPPERS = new Set(['properties', 'items', '$ref']);

/**
 * Every problem of `value` against `schema` (the root or one of its
 * subschemas), as `location: message`; empty when valid. The errors of each
 * branch of a failed oneOf/anyOf are left out: the oneOf/anyOf error stands for them.
 */
export function validate(root: Schema, value: unknown, schema: Schema = root): string[] {
  const { errors } = validateAll(value, schema as FullSchema, '2020-12', dereference(root as FullSchema), false);
  return errors
    .filter((error) => !WRAPPERS.has(error.keyword) && !/\/(?:oneOf|anyOf)\/\d+\//.test(error.keywordLocation))
    .map((error) => `${error.instanceLocation}: ${error.error}`);
}

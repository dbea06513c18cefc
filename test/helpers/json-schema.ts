/**
 * A small JSON Schema (draft 2020-12) validator for the keywords
 * schema/invoice-history.schema.json uses. It throws on any other keyword, so
 * a schema change it does not understand fails loudly instead of passing.
 * (ajv is CommonJS and would need a bundler step in the test browser.)
 */
export type Schema = { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'examples']);
const ASSERTIONS = new Set([
  '$ref',
  'type',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'oneOf',
  'anyOf',
  'enum',
  'const',
  'pattern',
  'minimum',
  'maximum',
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    default:
      throw new Error(`unsupported type ${type}`);
  }
}

/** Resolves a local reference such as `#/$defs/send`. */
function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    node = isObject(node) ? node[part] : undefined;
  }
  if (!isObject(node)) throw new Error(`unresolved $ref ${ref}`);
  return node;
}

/** Every problem of `value` against `schema`, as `path: problem` strings; empty when valid. */
export function validate(root: Schema, value: unknown, schema: Schema = root, path = ''): string[] {
  const errors: string[] = [];
  const at = path || '(root)';
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) {
      throw new Error(`unsupported keyword ${keyword} at ${at}`);
    }
  }
  if (typeof schema.$ref === 'string') errors.push(...validate(root, value, resolve(root, schema.$ref), path));

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((type) => typeMatches(type, value))) {
      return [...errors, `${at}: must be ${types.join(' or ')}`];
    }
  }
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) {
    errors.push(`${at}: must be one of ${JSON.stringify(schema.enum)}`);
  }
  if (schema.const !== undefined && schema.const !== value) {
    errors.push(`${at}: must be ${JSON.stringify(schema.const)}`);
  }
  if (typeof value === 'string' && typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
    errors.push(`${at}: must match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
  }
  for (const [keyword, exactlyOne] of [
    ['oneOf', true],
    ['anyOf', false],
  ] as const) {
    const options = schema[keyword] as Schema[] | undefined;
    if (!options) continue;
    const passing = options.filter((option) => validate(root, value, option, path).length === 0).length;
    if (exactlyOne ? passing !== 1 : passing === 0) {
      errors.push(`${at}: must match ${exactlyOne ? 'exactly one' : 'at least one'} of ${keyword}`);
    }
  }
  if (Array.isArray(value) && isObject(schema.items)) {
    value.forEach((item, i) => errors.push(...validate(root, item, schema.items as Schema, `${path}[${i}]`)));
  }
  if (isObject(value)) {
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!(name in value)) errors.push(`${at}: requires ${name}`);
    }
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [name, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${name}` : name;
      if (Object.hasOwn(properties, name)) errors.push(...validate(root, child, properties[name], childPath));
      else if (schema.additionalProperties === false) errors.push(`${childPath}: is not allowed`);
      else if (isObject(schema.additionalProperties)) {
        errors.push(...validate(root, child, schema.additionalProperties, childPath));
      }
    }
  }
  return errors;
}

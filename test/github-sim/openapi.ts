import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

/**
 * GitHub's published OpenAPI description of api.github.com (@octokit/openapi), as JSON Schema
 * validators for the operations the simulated GitHub answers. The description is 13 MB: it is
 * read once per test file, and only the schemas those operations reach are compiled.
 */
interface Response {
  readonly $ref?: string;
  readonly content?: Record<string, { readonly schema?: unknown }>;
}
interface Operation {
  readonly responses: Record<string, Response>;
}
interface Description {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly schemas: Record<string, unknown>; readonly responses: Record<string, Response> };
}

const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
const description = JSON.parse(readFileSync(file, 'utf8')) as Description;

const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS with a `default` property: take whichever the loader hands over.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (instance: Ajv) => Ajv;
addFormats(ajv);
// Formats GitHub's description uses that JSON Schema has no validator for: any string of the type.
ajv.addFormat('int64', { type: 'number', validate: Number.isSafeInteger });
ajv.addFormat('uri-template', true);

const SCHEMAS = '#/components/schemas/';
const added = new Set<string>();

/** OpenAPI 3.0 in JSON Schema terms: `nullable: true` allows null; references point at the compiled components. */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const record = schema as Record<string, unknown>;
  if (typeof record.$ref === 'string') {
    const name = record.$ref.slice(SCHEMAS.length);
    component(name);
    return { $ref: `github-${name}` };
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key === 'discriminator') continue;
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toJsonSchema(v)]))
        : toJsonSchema(value);
  }
  return record.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

function component(name: string): void {
  if (added.has(name)) return;
  added.add(name);
  ajv.addSchema({ $id: `github-${name}`, ...(toJsonSchema(description.components.schemas[name]) as object) });
}

const validators = new Map<string, ValidateFunction | null>();

/** The operation of GitHub's description that `template` names (`GET /orgs/{org}/teams/{team_slug}`). */
function operation(method: string, template: string): Operation {
  const found = description.paths[template]?.[method.toLowerCase()];
  if (!found) throw new Error(`GitHub's description has no ${method} ${template}`);
  return found;
}

/** Whether GitHub's description documents this operation and status. */
export function documented(operationName: string, status: number): boolean {
  const [method = '', template = ''] = operationName.split(' ');
  return String(status) in operation(method, template).responses;
}

/**
 * Errors of a JSON answer against GitHub's description of that operation and status. A status
 * the description does not list for the operation (GitHub's 403 and 404 on most, rate limits on
 * all) is checked against GitHub's uniform error body, `basic-error`.
 */
export function responseErrors(operationName: string, status: number, body: unknown): string[] {
  const key = `${operationName} ${status}`;
  if (!validators.has(key)) {
    const [method = '', template = ''] = operationName.split(' ');
    let response = operation(method, template).responses[String(status)];
    if (response?.$ref) response = description.components.responses[response.$ref.split('/').pop() ?? ''];
    const schema = response ? response.content?.['application/json']?.schema : { $ref: `${SCHEMAS}basic-error` };
    validators.set(key, schema === undefined ? null : ajv.compile(toJsonSchema(schema) as object));
  }
  const validate = validators.get(key);
  if (!validate || validate(body)) return [];
  return (validate.errors ?? []).map(
    (error) => `${key}: ${error.instancePath || '/'} ${error.message} (${JSON.stringify(error.params)})`,
  );
}

/** Errors of an error body against GitHub's uniform `basic-error` (GraphQL's 401 and 403 are REST-shaped). */
function basicErrorErrors(body: unknown): string[] {
  component('basic-error');
  const validate = ajv.getSchema('github-basic-error');
  if (!validate || validate(body)) return [];
  return (validate.errors ?? []).map((error) => `POST /graphql: ${error.instancePath || '/'} ${error.message}`);
}

/** What a GraphQL answer may hold: `data` and/or `errors`, each error with a message. */
function graphqlEnvelopeErrors(body: unknown): string[] {
  if (body === null || typeof body !== 'object') return ['POST /graphql: the answer is not an object'];
  const answer = body as { data?: unknown; errors?: unknown };
  const unexpected = Object.keys(answer).filter((key) => key !== 'data' && key !== 'errors');
  const problems = unexpected.map((key) => `POST /graphql: unexpected key ${key}`);
  if (answer.data === undefined && answer.errors === undefined) problems.push('POST /graphql: neither data nor errors');
  if (
    answer.errors !== undefined &&
    (!Array.isArray(answer.errors) || answer.errors.some((e) => typeof (e as { message?: unknown })?.message !== 'string'))
  )
    problems.push('POST /graphql: errors without a message');
  return problems;
}

/** Every JSON answer the simulated GitHub logged (but injected faults), against GitHub's description of its operation and status. */
export function conformanceErrors(
  requests: readonly { operation?: string; status?: number; response?: unknown; contentType?: string; fault?: boolean }[],
): string[] {
  return requests.flatMap((request) => {
    // An injected fault answers as a test wants, not as GitHub would.
    if (request.fault || !request.operation || request.status === undefined || !request.contentType?.includes('json')) return [];
    if (request.operation === 'POST /graphql')
      return request.status === 200 ? graphqlEnvelopeErrors(request.response) : basicErrorErrors(request.response);
    return responseErrors(request.operation, request.status, request.response);
  });
}

import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

/**
 * Sentry's published OpenAPI for the member and team operations (getsentry/sentry-api-schema
 * release 0.272.0, copied verbatim), as JSON Schema validators. Where Sentry's own server tests
 * contradict the published schema, the tests win (docs/sentry-api.md): the `user` object has no
 * `emails` (test_does_not_include_secondary_emails) and a member read no `invite_link`
 * (test_invite_link_does_not_exist), so those requirements are dropped below; and a roster row
 * may be a pending invitation with `user: null` (test_team_members_list_does_not_include_invite_requests),
 * which the published roster schema does not allow. A member's `email` may be null: older Sentry
 * (`OrganizationMember.get_email()`) answered null for an account without an email, where the
 * schema (from a later release) says string. The newer invitation endpoints (`invited-members/`)
 * are experimental in Sentry and not published: their bodies are not checked here.
 */
const ABSENT_IN_SENTRY = new Set(['emails', 'invite_link']);
const UNPUBLISHED = /\/invited-members\//;
const spec = JSON.parse(readFileSync(new URL('../fixtures/sentry/openapi-members.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};
interface Operation {
  requestBody?: { content?: { 'application/json'?: { schema?: unknown } } };
  responses: Record<string, { content?: { 'application/json'?: { schema?: unknown } } }>;
}

const ajv = new Ajv({ strict: false, allErrors: true });
// ajv-formats is CommonJS with a `default` property: take whichever the loader hands over.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (instance: Ajv) => Ajv;
addFormats(ajv);
const cache = new Map<string, ValidateFunction | null>();

/** OpenAPI 3.0's `nullable: true` in JSON Schema terms. */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key === 'writeOnly' || key === 'readOnly') continue;
    out[key] =
      key === 'properties'
        ? Object.fromEntries(
            Object.entries(value as object).map(([k, v]) => [
              k,
              k === 'user' ? { anyOf: [toJsonSchema(v), { type: 'null' }] } : toJsonSchema(v),
            ]),
          )
        : toJsonSchema(value);
  }
  if (Array.isArray(out.required)) out.required = (out.required as string[]).filter((name) => !ABSENT_IN_SENTRY.has(name));
  // A member object (it has `pending`): its email may be null.
  const properties = out.properties as Record<string, Record<string, unknown>> | undefined;
  if (properties?.pending && properties.email?.type === 'string')
    properties.email = { ...properties.email, type: ['string', 'null'] };
  if ((schema as { nullable?: boolean }).nullable) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}

/** The operation whose path template matches a concrete `/api/0/...` path. */
function operation(method: string, path: string): { template: string; op: Operation } {
  const pathname = path.split('?')[0] ?? path;
  for (const [template, operations] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const op = operations[method.toLowerCase()];
    if (op && pattern.test(pathname)) return { template, op };
  }
  throw new Error(`no OpenAPI operation for ${method} ${pathname}`);
}

function validator(key: string, schema: unknown): ValidateFunction | null {
  if (!cache.has(key)) cache.set(key, schema === undefined ? null : ajv.compile(toJsonSchema(schema) as object));
  return cache.get(key) ?? null;
}

/** Errors of a response body against the published schema for that status ([] when it has none). */
export function responseErrors(method: string, path: string, status: number, body: unknown): string[] {
  if (UNPUBLISHED.test(path)) return [];
  const { template, op } = operation(method, path);
  const schema = op.responses[String(status)]?.content?.['application/json']?.schema;
  const validate = validator(`${method} ${template} ${status}`, schema);
  if (!validate || validate(body)) return [];
  return (validate.errors ?? []).map((error) => `${method} ${template} ${status}: ${error.instancePath} ${error.message}`);
}

/** Errors of a request body against the published request schema. */
export function requestErrors(method: string, path: string, body: unknown): string[] {
  if (UNPUBLISHED.test(path)) return [];
  const { template, op } = operation(method, path);
  const validate = validator(`${method} ${template} request`, op.requestBody?.content?.['application/json']?.schema);
  if (!validate || validate(body)) return [];
  return (validate.errors ?? []).map((error) => `${method} ${template} request: ${error.instancePath} ${error.message}`);
}

import type { ErrorObject } from 'ajv';
import schema from '../../schema/sentry-members.schema.json' with { type: 'json' };
import { didYouMean } from '../domain/suggest.ts';
import { escapeInvisible, firstInvisible } from '../domain/text.ts';
import { validate } from './schema-validator.generated.js';

/** The JSON Schema editors and the action share (schema/sentry-members.schema.json). */
export const CONFIG_SCHEMA = schema;

/** The shape a file has once the schema accepts it. */
export interface RawConfig {
  organization?: string;
  unlisted?: 'report' | 'ignore' | 'remove';
  missing?: 'report' | 'invite';
  ignore?: string[];
  members?: Record<string, string | RawMember>;
  teams?: Record<string, RawTeamSection>;
  people?: Record<string, string>;
  approvals?: RawApprovals;
}
export interface RawApprovals {
  privileged: string[];
}
export interface RawMember {
  role: string;
  teams?: string[] | Record<string, string>;
  until?: string;
  grants?: RawGrant[];
}
export interface RawGrant {
  role?: string;
  teams?: string[] | Record<string, string>;
  until: string;
}
export interface RawTeamSection {
  'github-team'?: string;
  admins?: string[];
  contributors?: string[];
  members?: string[];
}

/**
 * Schema errors for `data`, empty when it is valid. The schema is compiled at build time
 * (scripts/build-schema-validator.ts), so nothing is compiled when the action starts.
 */
export function schemaErrors(data: unknown): ErrorObject[] {
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** A schema error turned into words, with the path of what it is about. */
export interface SchemaIssue {
  readonly path: string[];
  /** Point at the key (unknown or badly named keys) rather than at the value. */
  readonly at: 'key' | 'value';
  readonly message: string;
}

const TOP_KEYS = Object.keys(schema.properties);
const MEMBER_KEYS = Object.keys(schema.$defs.member.else.properties);
const SECTION_KEYS = Object.keys(schema.$defs.teamSection.properties);
const APPROVALS_KEYS = Object.keys(schema.properties.approvals.properties);
const APPROVER = new RegExp(schema.$defs.approver.pattern, 'u');

/**
 * Turns ajv's errors into one message each, in the config's own terms. Errors that only restate
 * another (`if`, `propertyNames`) are dropped.
 */
export function describeSchemaErrors(errors: readonly ErrorObject[], data: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'propertyNames') continue;
    const path = pointerToPath(error.instancePath);
    const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
    if (propertyName !== undefined) {
      issues.push({ path: [...path, propertyName], at: 'key', message: describeBadKey(path, propertyName) });
      continue;
    }
    const value = valueAt(data, path);
    const where = describePath(path);
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty);
        issues.push({ path: [...path, key], at: 'key', message: describeUnknownKey(path, key) });
        break;
      }
      case 'required':
        issues.push({
          path,
          at: 'key',
          message: `${where} is missing the required key "${String(error.params.missingProperty)}"`,
        });
        break;
      case 'enum':
        issues.push({
          path,
          at: 'value',
          message: `${quote(value)} is not a valid ${describeEnum(path)}${kindAt(path) === 'policy' ? '' : ` (${where})`}; expected one of: ${(error.params.allowedValues as string[]).join(', ')}.${typeof value === 'string' ? didYouMean(value, error.params.allowedValues as string[]) : ''}`,
        });
        break;
      case 'type':
        issues.push({ path, at: 'value', message: describeType(path, where, value, String(error.params.type)) });
        break;
      case 'pattern':
        issues.push({
          path,
          at: 'value',
          message: `${quote(value)} is not ${describePattern(path)} (${where})${typeof value === 'string' ? invisibleIn(value) || approverHint(path, value) : ''}`,
        });
        break;
      case 'maxLength':
        issues.push({ path, at: 'value', message: `${where} is longer than ${String(error.params.limit)} characters` });
        break;
      case 'minItems':
        issues.push({ path, at: 'value', message: describeTooFew(path, where) });
        break;
      default:
        issues.push({ path, at: 'value', message: `${where} ${error.message ?? 'is not valid'}` });
    }
  }
  return issues;
}

function describeBadKey(path: string[], key: string): string {
  if (path[0] === 'members' && path.length === 1)
    return `${quote(key)} is not an email address (key under members)${invisibleIn(key)}`;
  if (path[0] === 'people' && path.length === 1)
    return `${quote(key)} is not a GitHub login (key under people: the login as in github.com/<login>, without "@")`;
  return `${quote(key)} is not a valid team slug (lowercase letters, digits, "-" and "_", not only digits) in ${describePath(path)}`;
}

/** Why an email is refused when it holds whitespace, control or invisible characters (a pasted address). */
function invisibleIn(text: string): string {
  const found = firstInvisible(text);
  return found === undefined
    ? ''
    : `: it contains ${found === 'U+0020' ? 'a space' : `the invisible or control character ${found}`}, which an email never has; retype the address`;
}

function describeUnknownKey(path: string[], key: string): string {
  const allowed =
    path.length === 0
      ? TOP_KEYS
      : kindAt(path) === 'approvals'
        ? APPROVALS_KEYS
        : path[0] === 'teams' && path.length === 2
          ? SECTION_KEYS
          : MEMBER_KEYS;
  const where = path.length === 0 ? 'at the top level' : `in ${describePath(path)}`;
  const hint =
    key === '<<'
      ? ' YAML merge keys (<<) are not supported: write the entry out in full, or use an alias (*name) for a whole value.'
      : suggestion(key, allowed);
  return `unknown key ${quote(key)} ${where}; allowed keys: ${allowed.join(', ')}.${hint}`;
}

/** What kind of value sits at `path`, in the config's terms. */
function kindAt(
  path: readonly string[],
):
  | 'member'
  | 'org role'
  | 'teams'
  | 'team'
  | 'email'
  | 'organization'
  | 'policy'
  | 'github team'
  | 'approvals'
  | 'approver'
  | 'other' {
  const [top, , part] = path;
  if (top === 'people' && path.length === 2) return 'email';
  if (top === 'teams' && part === 'github-team') return 'github team';
  if (top === 'members') {
    if (path.length === 2) return 'member';
    if (part === 'role') return 'org role';
    if (part === 'teams') return path.length === 3 ? 'teams' : 'team';
  }
  if (top === 'ignore') return 'email';
  if (top === 'organization') return 'organization';
  if (top === 'unlisted' || top === 'missing') return 'policy';
  if (top === 'approvals') return path.length === 3 ? 'approver' : 'approvals';
  return 'other';
}

function describeEnum(path: readonly string[]): string {
  switch (kindAt(path)) {
    case 'member':
    case 'org role':
      return 'org role';
    case 'team':
      return 'team role';
    case 'policy':
      return `value for ${path[0]}`;
    default:
      return 'value';
  }
}

function describePattern(path: readonly string[]): string {
  switch (kindAt(path)) {
    case 'email':
      return 'an email address';
    case 'team':
      return 'a valid team slug (lowercase letters, digits, "-" and "_", not only digits)';
    case 'organization':
      return 'a valid organization slug (lowercase letters, digits, "-" and "_", not only digits)';
    case 'github team':
      return 'a GitHub team as org/team-slug (acme/backend, as in github.com/orgs/acme/teams/backend)';
    case 'approver':
      return 'a GitHub login (octocat) or a GitHub team (org/team-slug)';
    default:
      return 'in the expected form';
  }
}

function describeType(path: readonly string[], where: string, value: unknown, expected: string): string {
  const found = typeName(value);
  switch (kindAt(path)) {
    case 'member':
      return `${where} must be an org role (member, manager, owner, billing, admin) or a mapping with "role" and optional "teams"; found ${found}`;
    case 'teams':
      return `${where} must be a list of team slugs or a mapping of team slug to team role (contributor, admin); found ${found}`;
    default:
      return `${where} must be ${expected === 'object' ? 'a mapping' : expected === 'array' ? 'a list' : `a ${expected}`}; found ${found}`;
  }
}

/** Human words for a path: `members › alice@acme.com › teams`. */
export function describePath(path: readonly string[]): string {
  if (path.length === 0) return 'the file';
  const [top, email, part, item] = path;
  if (top === 'members' && email !== undefined) {
    if (part === undefined) return `member ${email}`;
    if (part === 'role') return `the role of ${email}`;
    if (part === 'teams' && item !== undefined)
      return `team ${/^\d+$/.test(item) ? `#${Number(item) + 1}` : quote(item)} of ${email}`;
    if (part === 'teams') return `the teams of ${email}`;
  }
  if (top === 'ignore' && email !== undefined) return `ignore entry #${Number(email) + 1}`;
  if (top === 'people' && email !== undefined) return `the email of GitHub login ${email}`;
  if (top === 'teams' && email !== undefined && part === 'github-team') return `the GitHub team of team "${email}"`;
  if (top === 'approvals' && part !== undefined) return `approvals.privileged entry #${Number(part) + 1}`;
  return `"${path.join('.')}"`;
}

/** A mention where a login is expected (`@octocat`): what to write instead. */
function approverHint(path: readonly string[], value: string): string {
  const bare = value.replace(/^@/, '');
  return kindAt(path) === 'approver' && bare !== value && APPROVER.test(bare) ? `: write ${quote(bare)}, without the @` : '';
}

/** A list that must not be empty. */
function describeTooFew(path: readonly string[], where: string): string {
  if (kindAt(path) === 'approvals')
    return 'approvals.privileged lists nobody, so no owner or manager grant could ever be made: list the GitHub logins or org/team slugs who may approve them, or remove approvals';
  return `${where} must not be empty`;
}

function suggestion(key: string, allowed: readonly string[]): string {
  return didYouMean(key, allowed);
}

function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, segment) ? (current as Record<string, unknown>)[segment] : undefined;
  }
  return current;
}

function typeName(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'the text' : `the ${typeof value}`} ${quote(value)}`;
}

/** A value quoted for a message, cut to a readable length. */
export function quote(value: unknown): string {
  // JSON escapes control characters; invisible format characters are escaped too, so they show.
  const text = escapeInvisible(typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value));
  return text.length > 80 ? `${text.slice(0, 77)}..."` : text;
}

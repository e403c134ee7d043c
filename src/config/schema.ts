import type { ErrorObject } from 'ajv';
import schema from '../../schema/sentry-members.schema.json' with { type: 'json' };
import { SLUG_RULE } from '../domain/slugs.ts';
import { didYouMean } from '../domain/suggest.ts';
import { escapeInvisible, firstInvisible } from '../domain/text.ts';
import { UNTIL_FORMS } from './dates.ts';
import { pointerToPath } from './prune.ts';
import { validate } from './schema-validator.generated.js';

/** The JSON Schema editors and the action share (schema/sentry-members.schema.json). */
export const CONFIG_SCHEMA = schema;

/**
 * The shape a file has once the schema accepts it. A list item may be a hole (undefined): an
 * item the schema refused, taken out so the rest can still be checked (src/config/prune.ts).
 */
export interface RawConfig {
  organization?: string;
  unlisted?: 'report' | 'ignore' | 'remove';
  missing?: 'report' | 'invite';
  ignore?: (string | undefined)[];
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
  teams?: (string | undefined)[] | Record<string, string>;
  until?: string;
  grants?: (RawGrant | undefined)[];
}
export interface RawGrant {
  role?: string;
  teams?: (string | undefined)[] | Record<string, string>;
  until: string;
}
export interface RawTeamSection {
  'github-team'?: string;
  admins?: (string | undefined)[];
  contributors?: (string | undefined)[];
  members?: (string | undefined)[];
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

/**
 * Turns ajv's errors into one message each, in the config's own terms, with a hint that fits the
 * field: an email, a slug, a date, a role, a key of that very place. Errors that only restate
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
      case 'required': {
        const missing = String(error.params.missingProperty);
        issues.push({
          path,
          at: 'key',
          message: `${where} is missing the required key "${missing}"${missing === 'until' ? ` (${UNTIL_FORMS})` : missing === 'role' ? ` (an org role: ${ORG_ROLES})` : ''}`,
        });
        break;
      }
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
        issues.push({ path, at: 'value', message: describePattern(path, where, value) });
        break;
      case 'maxLength':
        issues.push({
          path,
          at: 'value',
          message: `${where} is longer than ${String(error.params.limit)} characters${kindAt(path) === 'email' ? ' (an email has at most 254)' : kindAt(path) === 'team' || kindAt(path) === 'organization' ? ` (a slug: ${SLUG_RULE})` : ''}`,
        });
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

const ORG_ROLES = 'member, manager, owner, billing, admin';

/** A key that is not of the form its place needs: an email under members, a slug for a team. */
function describeBadKey(path: readonly string[], key: string): string {
  if (path[0] === 'members' && path.length === 1)
    return `${quote(key)} is not an email address (a key under members)${invisibleIn(key, 'email')}`;
  if (path[0] === 'people' && path.length === 1)
    return `${quote(key)} is not a GitHub login (key under people: the login as in github.com/<login>, without "@")`;
  const place = path.length === 1 && path[0] === 'teams' ? 'a team section' : describePath(path);
  return `${quote(key)} is not a valid team slug (${SLUG_RULE}), in ${place}${invisibleIn(key, 'slug')}`;
}

/**
 * Why a value is refused when it holds whitespace, control or invisible characters (pasted
 * text), in the words of its field: an email is retyped, a slug or a date is written as Sentry
 * or the calendar has it.
 */
function invisibleIn(text: string, field: 'email' | 'slug' | 'date'): string {
  const found = firstInvisible(text);
  if (found === undefined) return '';
  const character = found === 'U+0020' ? 'a space' : `the invisible or control character ${found}`;
  switch (field) {
    case 'email':
      return `: it contains ${character}, which an email never has; retype the address`;
    case 'slug':
      return `: it contains ${character}, which a slug never has; copy the slug from Sentry's settings`;
    case 'date':
      return `: it contains ${character}; write it as ${UNTIL_FORMS}`;
  }
}

/**
 * An unknown key, with the keys allowed at that very place (from the schema) and the closest of
 * them.
 */
function describeUnknownKey(path: readonly string[], key: string): string {
  const allowed = allowedKeys(path);
  const where = path.length === 0 ? 'at the top level' : `in ${describePath(path)}`;
  const hint =
    key === '<<'
      ? ' YAML merge keys (<<) are not supported: write the entry out in full, or use an alias (*name) for a whole value.'
      : didYouMean(key, allowed);
  return `unknown key ${quote(key)} ${where}${allowed.length > 0 ? `; allowed keys: ${allowed.join(', ')}.` : '.'}${hint}`;
}

/** The keys the schema allows in the mapping at `path`: the file's, a member entry's, a grant's, a team section's. */
function allowedKeys(path: readonly string[]): string[] {
  const defs = schema.$defs as Record<string, { properties?: object; else?: { properties?: object } }>;
  switch (kindAt(path)) {
    case 'member':
      return Object.keys(defs.member?.else?.properties ?? {});
    case 'grant':
      return Object.keys(defs.grant?.properties ?? {});
    case 'section':
      return Object.keys(defs.teamSection?.properties ?? {});
    case 'approvals':
      return Object.keys(schema.properties.approvals.properties);
    default:
      return path.length === 0 ? Object.keys(schema.properties) : [];
  }
}

type Kind =
  | 'member'
  | 'org role'
  | 'teams'
  | 'team'
  | 'email'
  | 'organization'
  | 'policy'
  | 'until'
  | 'grants'
  | 'grant'
  | 'section'
  | 'section list'
  | 'approvals'
  | 'approver'
  | 'github team'
  | 'other';

/** What kind of value sits at `path`, in the config's terms. */
function kindAt(path: readonly string[]): Kind {
  const [top, name, part, index, field] = path;
  if (top === 'people' && path.length === 2) return 'email';
  if (top === 'teams' && part === 'github-team') return 'github team';
  if (top === 'members') {
    if (path.length === 2) return 'member';
    if (part === 'role') return 'org role';
    if (part === 'teams') return path.length === 3 ? 'teams' : 'team';
    if (part === 'until') return 'until';
    if (part === 'grants') {
      if (path.length === 3) return 'grants';
      if (path.length === 4) return 'grant';
      if (field === 'role') return 'org role';
      if (field === 'until') return 'until';
      if (field === 'teams') return path.length === 5 ? 'teams' : 'team';
    }
  }
  if (top === 'teams' && name !== undefined) {
    if (path.length === 2) return 'section';
    if (path.length === 3) return 'section list';
    if (index !== undefined) return 'email';
  }
  if (top === 'ignore' && name !== undefined) return 'email';
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

/** A value not of the form its field needs, with that field's form and how to fix it. */
function describePattern(path: readonly string[], where: string, value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  switch (kindAt(path)) {
    case 'email':
      return `${quote(value)} is not an email address (${where}): an email is one @ with a name before it and a domain with a dot after it${invisibleIn(text, 'email')}`;
    case 'team':
      return `${quote(value)} is not a valid team slug (${where}): a slug has ${SLUG_RULE}${invisibleIn(text, 'slug')}`;
    case 'organization':
      return `${quote(value)} is not a valid organization slug: a slug has ${SLUG_RULE}, as in the address sentry.io/organizations/<slug>/${invisibleIn(text, 'slug')}`;
    case 'until':
      return `${quote(value)} is not ${UNTIL_FORMS} (${where})${invisibleIn(text, 'date')}`;
    case 'github team':
      return `${quote(value)} is not a GitHub team as org/team-slug (acme/backend, as in github.com/orgs/acme/teams/backend) (${where})`;
    case 'approver':
      return `${quote(value)} is not a GitHub login (octocat) or a GitHub team (org/team-slug) (${where})${approverHint(text)}`;
    default:
      return `${quote(value)} is not in the expected form (${where})`;
  }
}

function describeType(path: readonly string[], where: string, value: unknown, expected: string): string {
  // The whole file's content is never quoted: only its kind is said.
  const found = path.length === 0 ? kindOf(value) : typeName(value);
  switch (kindAt(path)) {
    case 'member':
      return `${where} must be an org role (${ORG_ROLES}) or a mapping with "role" and optional "teams", "until" and "grants"; found ${found}`;
    case 'teams':
      return `${where} must be a list of team slugs or a mapping of team slug to team role (contributor, admin); found ${found}`;
    case 'grants':
      return `${where} must be a list of grants, each a mapping with "until" and "role" and/or "teams"; found ${found}`;
    case 'grant':
      return `${where} must be a mapping with "until" and "role" and/or "teams"; found ${found}`;
    case 'section':
      return `${where} must be a mapping with "admins", "contributors" and/or "members" (lists of emails); found ${found}`;
    case 'section list':
      return `${where} must be a list of emails; found ${found}`;
    case 'until':
      return `${where} must be ${UNTIL_FORMS}; found ${found}`;
    default:
      if (path.length === 0)
        return `the file must be a mapping of keys such as organization, members and teams (see members.example.yml); found ${found}`;
      return `${where} must be ${expected === 'object' ? 'a mapping' : expected === 'array' ? 'a list' : `a ${expected}`}; found ${found}`;
  }
}

/** Human words for a path: `member alice@acme.com`, `grant #2 of bob@acme.com`, `admins of team "backend"`. */
export function describePath(path: readonly string[]): string {
  if (path.length === 0) return 'the file';
  const [top, name, part, item, field] = path;
  const nth = (index: string) => (/^\d+$/.test(index) ? `#${Number(index) + 1}` : quote(index));
  if (top === 'members' && name !== undefined) {
    if (part === undefined) return `member ${name}`;
    if (part === 'role') return `the role of ${name}`;
    if (part === 'teams' && item !== undefined) return `team ${nth(item)} of ${name}`;
    if (part === 'teams') return `the teams of ${name}`;
    if (part === 'until') return `the end (until) of ${name}`;
    if (part === 'grants' && item === undefined) return `the grants of ${name}`;
    if (part === 'grants' && item !== undefined) {
      const grant = `grant #${Number(item) + 1} of ${name}`;
      if (field === undefined) return grant;
      if (field === 'until') return `the end (until) of ${grant}`;
      if (field === 'role') return `the role of ${grant}`;
      if (field === 'teams') return path[5] === undefined ? `the teams of ${grant}` : `team ${nth(path[5])} of ${grant}`;
    }
  }
  if (top === 'people' && name !== undefined) return `the email of GitHub login ${name}`;
  if (top === 'teams' && name !== undefined && part === 'github-team') return `the GitHub team of team "${name}"`;
  if (top === 'teams' && name !== undefined) {
    const team = `team ${quote(name)}`;
    if (part === undefined) return `the section of ${team}`;
    if (item === undefined) return `${part} of ${team}`;
    return `${part} ${nth(item)} of ${team}`;
  }
  if (top === 'ignore' && name !== undefined) return `ignore entry #${Number(name) + 1}`;
  if (top === 'approvals' && part !== undefined) return `approvals.privileged entry #${Number(part) + 1}`;
  if (path.length === 1 && top !== undefined) return `"${top}"`;
  return `"${path.join('.')}"`;
}

const APPROVER = new RegExp(schema.$defs.approver.pattern, 'u');

/** A mention where a login is expected (`@octocat`): what to write instead. */
function approverHint(value: string): string {
  const bare = value.replace(/^@/, '');
  return bare !== value && APPROVER.test(bare) ? `: write ${quote(bare)}, without the @` : '';
}

/** A list that must not be empty. */
function describeTooFew(path: readonly string[], where: string): string {
  if (kindAt(path) === 'approvals')
    return 'approvals.privileged lists nobody, so no owner or manager grant could ever be made: list the GitHub logins or org/team slugs who may approve them, or remove approvals';
  return `${where} must not be empty`;
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, segment) ? (current as Record<string, unknown>)[segment] : undefined;
  }
  return current;
}

/** What a value is, without quoting it. */
function kindOf(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value === 'string' ? 'text' : `a ${typeof value}`;
}

function typeName(value: unknown): string {
  if (value === null || typeof value === 'object') return kindOf(value);
  return `${typeof value === 'string' ? 'the text' : `the ${typeof value}`} ${quote(value)}`;
}

/** A value quoted for a message, cut to a readable length. */
export function quote(value: unknown): string {
  // JSON escapes control characters; invisible format characters are escaped too, so they show.
  const text = escapeInvisible(typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value));
  return text.length > 80 ? `${text.slice(0, 77)}..."` : text;
}

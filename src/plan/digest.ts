import { createHash } from 'node:crypto';
import type { Config } from '../config/model.ts';
import type { MemberChange, Plan } from './types.ts';

/**
 * Digests of changes, of plans and of a config: full SHA-256 (32 bytes, written in base64url, 43
 * characters), never shortened, so that two different changes cannot be given one digest by
 * searching for a collision (docs/behaviour.md, section 10). A change's digest is a fingerprint
 * of what it does to a member: who, which kind, the org role before and after, each team change,
 * a re-sent invitation. Two plans that make the same change give it the same digest, whatever
 * else they hold; any difference in the change changes it. It tells a pull request's plan from
 * drift, holds an apply on merge against the plan that was reviewed, and holds each write to the
 * change planned for it.
 */

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

export function changeDigest(change: MemberChange): string {
  return sha256(JSON.stringify(fingerprint(change)));
}

/**
 * Who a published record may name: every member (undefined), or, on a public repository
 * (redact), only the members the file lists.
 */
export type Named = ((email: string) => boolean) | undefined;

/**
 * The digest of a change as a published record holds it. A change to a member the file does not
 * list is, under redact, only its kind: anyone can compute an unkeyed digest, so a digest of who
 * it is would confirm a guessed email.
 */
export function publishedDigest(change: MemberChange, named: Named): string {
  return isUnnamed(change, named) ? sha256(JSON.stringify(['not named', change.kind])) : changeDigest(change);
}

/** The change is about a member a published record does not name. */
export function isUnnamed(change: MemberChange, named: Named): boolean {
  return named !== undefined && !named(change.email);
}

function fingerprint(change: MemberChange): unknown {
  const who = change.email.toLowerCase();
  switch (change.kind) {
    case 'update':
      return [
        'update',
        who,
        change.orgRole ? [change.orgRole.from, change.orgRole.to] : null,
        // What the team change does, not where the config asks for it (`at`): a line that moves is no new change.
        change.teams.map(({ at: _at, ...team }) => JSON.stringify(team)).sort(),
        change.reinvite === true,
      ];
    case 'invite':
      return ['invite', who, change.orgRole, change.teamRoles.map((team) => `${team.teamSlug}:${team.role}`).sort()];
    case 'reinvite':
      return ['reinvite', who];
    case 'remove':
      return ['remove', who, change.orgRole, change.pending];
    case 'conflict':
      return ['conflict', who, change.members.map((member) => member.memberId).sort()];
  }
}

/** The digest of a plan's writes as a published record holds them: the same changes (as many of each), the same digest. */
export function planDigest(plan: Plan, named: Named = undefined): string {
  return sha256(
    plan.changes
      .map((change) => publishedDigest(change, named))
      .sort()
      .join(','),
  );
}

/**
 * The digest of what a config says (its policies, members, ignore list and team sections), not
 * of how it is written: a comment or a moved line does not change it. The config is in the
 * repository, so this confirms nothing that is not public.
 */
export function configDigest(config: Config): string {
  const teams = (spec: ReadonlyMap<string, unknown> | undefined) => (spec ? [...spec].sort() : null);
  const members = [...config.members.values()]
    .map((member) => [
      member.email,
      member.role,
      teams(member.teams),
      member.until?.text ?? null,
      member.grants.map((grant) => [grant.role ?? null, teams(grant.teams), grant.until.text]),
    ])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const sections = [...config.teams.values()]
    .map((section) => [section.slug, [...section.people].sort()])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return sha256(
    JSON.stringify([config.organization ?? null, config.unlisted, config.missing, [...config.ignore].sort(), members, sections]),
  );
}

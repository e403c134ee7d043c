import { createHash } from 'node:crypto';
import type { MemberChange, Plan } from './types.ts';

/**
 * A short, stable fingerprint of what a change does to a member: who, which kind, the org role
 * before and after, each team change, the request it sends. Two plans that make the same change
 * give it the same digest, whatever else they hold; a change to the change changes it. It is how a
 * pull request's plan is told apart from drift, and how an apply on merge is held against the
 * plan that was reviewed.
 */
export function changeDigest(change: MemberChange): string {
  return fullDigest(change).slice(0, 12);
}

function fullDigest(change: MemberChange): string {
  return createHash('sha256')
    .update(JSON.stringify(fingerprint(change)))
    .digest('hex');
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

/** The digest of a whole plan's writes, a full SHA-256 of each change's: the same set of changes, the same digest. */
export function planDigest(plan: Plan): string {
  const all = plan.changes.map(fullDigest).sort();
  return createHash('sha256').update(all.join(',')).digest('hex');
}

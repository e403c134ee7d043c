import type { MemberSpec } from '../config/model.ts';
import type { ObservedMember, OrgState } from '../domain/org-state.ts';
import { type OrgRole, orgRoleRank } from '../domain/roles.ts';
import { losesOwner, type OwnerRule, ownerFloor } from './owners.ts';
import type { BlockReason, CallerRef, MemberInvite, MemberRemoval, MemberUpdate } from './types.ts';

/**
 * The block rules (docs/behaviour.md, section 3): what Sentry would refuse, or what the file must
 * not cause, for each kind of write, as reasons (data). A change with a reason is never sent.
 */

function callerOf(state: OrgState): CallerRef {
  return { email: state.caller.email, orgRole: state.caller.orgRole };
}

/** The token's user may assign no role: a member token may not write members at all. */
function mayNotWrite(state: OrgState, action: 'change' | 'remove' | 'invite'): BlockReason[] {
  return state.caller.assignable.size === 0 ? [{ kind: 'caller-may-not', action, caller: callerOf(state) }] : [];
}

/** What stops any write to this member, whatever it changes. */
function memberBlocks(member: ObservedMember, state: OrgState, write: 'update' | 'remove'): BlockReason[] {
  const reasons: BlockReason[] = [];
  if (write === 'remove' && member.id === state.caller.memberId) reasons.push({ kind: 'own-user' });
  reasons.push(...mayNotWrite(state, write === 'remove' ? 'remove' : 'change'));
  if (member.flags.idpProvisioned) reasons.push({ kind: 'idp-member', write });
  if (member.flags.partnershipRestricted) reasons.push({ kind: 'partnership' });
  if (orgRoleRank(member.orgRole) > orgRoleRank(state.caller.orgRole))
    reasons.push({ kind: 'above-caller', role: member.orgRole, caller: callerOf(state) });
  return reasons;
}

/** An org role the token's user cannot give: retired in this organization, or not theirs to assign. */
function roleBlocks(role: OrgRole, state: OrgState): BlockReason[] {
  const { caller } = state;
  if (caller.retired.has(role)) return [{ kind: 'role-retired', role }];
  if (!caller.assignable.has(role)) return [{ kind: 'role-not-assignable', role, caller: callerOf(state) }];
  return [];
}

/** Joining or leaving teams the identity provider provisions. */
function teamBlocks(teams: readonly string[], state: OrgState): BlockReason[] {
  return teams.filter((team) => state.teams.get(team)?.idpProvisioned).map((team) => ({ kind: 'idp-team', team }));
}

/** An update (and re-invitation) of a member Sentry has. */
export function updateBlocks(
  update: MemberUpdate,
  member: ObservedMember,
  spec: MemberSpec,
  state: OrgState,
  rule: OwnerRule,
): BlockReason[] {
  const reasons = memberBlocks(member, state, 'update');
  if (update.orgRole) {
    if (member.id === state.caller.memberId) reasons.push({ kind: 'own-role' });
    reasons.push(...roleBlocks(update.orgRole.to, state));
    if (member.flags.idpRoleRestricted) reasons.push({ kind: 'idp-role' });
  }
  if (losesOwner(update)) reasons.push(...floor(rule));
  reasons.push(
    ...teamBlocks(
      update.teams.filter((change) => change.kind !== 'role').map((change) => change.team),
      state,
    ),
  );
  if (spec.role === 'billing' && spec.teams === undefined && update.request.teamRoles.length > 0)
    reasons.push({ kind: 'billing-teams' });
  return reasons;
}

/** A removal of a member Sentry has. */
export function removalBlocks(removal: MemberRemoval, member: ObservedMember, state: OrgState, rule: OwnerRule): BlockReason[] {
  const reasons = memberBlocks(member, state, 'remove');
  if (losesOwner(removal)) reasons.push(...floor(rule));
  return reasons;
}

/** An invitation of a listed email. */
export function inviteBlocks(invite: MemberInvite, state: OrgState): BlockReason[] {
  return [
    ...roleBlocks(invite.orgRole, state),
    ...teamBlocks(
      invite.teamRoles.map((team) => team.teamSlug),
      state,
    ),
  ];
}

/** A re-sent invitation. */
export function reinviteBlocks(state: OrgState): BlockReason[] {
  return mayNotWrite(state, 'invite');
}

/** Several Sentry members with one email: nothing may be written to any of them. */
export function conflictBlocks(members: readonly ObservedMember[]): BlockReason[] {
  return [{ kind: 'identity-conflict', members: members.map((member) => ({ memberId: member.id, pending: member.pending })) }];
}

function floor(rule: OwnerRule): BlockReason[] {
  const reason = ownerFloor(rule);
  return reason ? [reason] : [];
}

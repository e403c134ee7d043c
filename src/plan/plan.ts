import type { Config, MemberSpec, TeamSpec } from '../config/model.ts';
import type { ObservedMember, OrgState } from '../domain/org-state.ts';
import { effectiveTeamRole, type OrgRole, orgRoleRank, type TeamRole } from '../domain/roles.ts';
import { TeamRoles } from '../domain/team-roles.ts';
import type {
  BlockedChange,
  IdentityConflict,
  MemberUpdate,
  MemberWrite,
  Plan,
  PlanNote,
  PlanWarning,
  TeamChange,
  TeamRoleEntry,
} from './types.ts';

/** What the file asks of one Sentry member: a write, a write that must not be made (with why), or nothing. */
export interface MemberDecision {
  readonly change?: MemberWrite;
  /** Non-empty: the change is blocked. */
  readonly reasons: readonly string[];
}

/**
 * The plan: a pure function of the config and the observed state (no I/O, no clock). Compares on
 * effective roles, so equivalent states never produce a change; pre-flights every change against
 * what Sentry would refuse or what the file must not cause (docs/behaviour.md, "Blocked
 * changes") and blocks it, with its reasons, instead.
 */
export function createPlan(config: Config, state: OrgState): Plan {
  const byEmail = new Map<string, ObservedMember[]>();
  for (const member of state.members) {
    const email = member.email.toLowerCase();
    const same = byEmail.get(email);
    if (same) same.push(member);
    else byEmail.set(email, [member]);
  }
  const changes: MemberWrite[] = [];
  const blocked: BlockedChange[] = [];
  const warnings: PlanWarning[] = [];
  const missing: PlanNote[] = [];
  let unchanged = 0;
  const owners = countOwners(state);
  const add = (decision: MemberDecision) => {
    if (!decision.change) return;
    if (decision.reasons.length > 0) blocked.push({ change: decision.change, reasons: decision.reasons });
    else changes.push(decision.change);
  };

  for (const listed of config.members.values()) {
    const found = byEmail.get(listed.email) ?? [];
    if (found.length > 1) {
      blocked.push(identityConflict(listed.email, found, listed.source.entry.line));
      continue;
    }
    const spec = specFor(listed, state, warnings);
    const member = found[0];
    if (!member) {
      if (config.missing === 'invite') add(planInvite(spec, state));
      else missing.push({ email: spec.email, orgRole: spec.role, line: spec.source.entry.line });
      continue;
    }
    if (member.expired && config.missing !== 'invite') {
      warnings.push({
        message: `the invitation of ${spec.email} has expired: it must be re-sent before it can be accepted (missing: invite re-sends it)`,
        line: spec.source.entry.line,
      });
    }
    const decision = planListedMember(spec, member, config, state, owners);
    if (decision.change) add(decision);
    else unchanged++;
  }

  const unlisted: PlanNote[] = [];
  for (const member of state.members) {
    const email = member.email.toLowerCase();
    if (config.members.has(email) || config.ignore.has(email) || config.unlisted === 'ignore') continue;
    if (config.unlisted === 'report') {
      unlisted.push({ email: member.email, name: member.name, orgRole: member.orgRole, pending: member.pending });
      continue;
    }
    add(planUnlistedRemoval(member, state, owners));
  }

  return {
    version: 1,
    organization: state.organization,
    config: config.file,
    changes,
    blocked,
    unlisted,
    missing,
    warnings,
    unchanged,
  };
}

/** Active owners: the last one is never demoted or removed. */
export function countOwners(state: OrgState): number {
  return state.members.filter((member) => member.orgRole === 'owner' && !member.pending).length;
}

function identityConflict(email: string, members: readonly ObservedMember[], line: number | undefined): BlockedChange {
  const conflict: IdentityConflict = {
    kind: 'conflict',
    email,
    members: members.map((member) => ({ memberId: member.id, email: member.email, pending: member.pending })),
    ...(line === undefined ? {} : { line }),
  };
  const ids = members.map((member) => `${member.id}${member.pending ? ' (pending invite)' : ''}`).join(', ');
  return {
    change: conflict,
    reasons: [
      `${members.length} Sentry members have this email (ids ${ids}): which one the file means cannot be told; resolve it in Sentry (remove the duplicate account or invitation), then run again`,
    ],
  };
}

/**
 * The member entry as this organization can store it: without Sentry's team-roles feature every
 * team role is stored as null, so an explicit role cannot be kept; it is compared as null and
 * warned about on its line, so the file never causes a change that does not converge.
 */
export function specFor(spec: MemberSpec, state: OrgState, warnings?: PlanWarning[]): MemberSpec {
  if (state.teamRoles || spec.teams === undefined) return spec;
  let index = 0;
  let explicit = false;
  for (const [team, role] of spec.teams) {
    const position = spec.source.teams[index++] ?? spec.source.entry;
    if (role === null) continue;
    explicit = true;
    warnings?.push({
      message: `this organization has no team roles: ${role} has no effect (team "${team}" of ${spec.email}; Sentry stores team roles only on its Business and Enterprise plans)`,
      line: position.line,
    });
  }
  if (!explicit) return spec;
  const teams: TeamSpec = TeamRoles.from([...spec.teams.keys()].map((team) => [team, null] as const));
  return { ...spec, teams };
}

/**
 * The member as a write would leave its teams: without team roles Sentry stores null for every
 * team role it is sent, so a role stored earlier (before a downgrade) is compared as null too and
 * never causes a change of its own.
 */
function storedAs(member: ObservedMember, state: OrgState): ObservedMember {
  if (state.teamRoles || member.teams === undefined || [...member.teams.values()].every((role) => role === null)) return member;
  return { ...member, teams: TeamRoles.from([...member.teams.keys()].map((team) => [team, null] as const)) };
}

/** A listed member that is in Sentry: the update (and re-invitation) the file asks for, with its blocks. */
export function planListedMember(
  spec: MemberSpec,
  member: ObservedMember,
  config: Config,
  state: OrgState,
  owners: number,
): MemberDecision {
  const reinvite = member.expired && config.missing === 'invite';
  const update = diffMember(spec, storedAs(member, state));
  if (update) {
    const change: MemberUpdate = reinvite ? { ...update, reinvite: true } : update;
    return { change, reasons: updateBlocks(change, member, spec, state, owners) };
  }
  if (!reinvite) return { reasons: [] };
  return {
    change: { kind: 'reinvite', memberId: member.id, email: member.email, name: member.name, line: spec.source.entry.line },
    reasons: mayNotInvite(state),
  };
}

/** An org member neither listed nor ignored, under `unlisted: remove`. */
export function planUnlistedRemoval(member: ObservedMember, state: OrgState, owners: number): MemberDecision {
  return {
    change: {
      kind: 'remove',
      memberId: member.id,
      email: member.email,
      name: member.name,
      orgRole: member.orgRole,
      pending: member.pending,
    },
    reasons: removalBlocks(member, state, owners),
  };
}

/** A listed email not in the organization, under `missing: invite`. */
export function planInvite(spec: MemberSpec, state: OrgState): MemberDecision {
  const teamRoles = spec.teams ? [...spec.teams].map(([teamSlug, role]) => ({ teamSlug, role })) : [];
  return {
    change: { kind: 'invite', email: spec.email, orgRole: spec.role, teamRoles, line: spec.source.entry.line },
    reasons: [...roleBlocks(spec.role, state), ...teamBlocks(spec.teams ? [...spec.teams.keys()] : [], state)],
  };
}

/** The update that makes `member` equal `spec`, or undefined when it already is (in effective roles). */
export function diffMember(spec: MemberSpec, member: ObservedMember): MemberUpdate | undefined {
  const from = member.orgRole;
  const to = spec.role;
  if (spec.teams === undefined && from === to) return undefined;
  const current = member.teams;
  if (current === undefined) throw new Error(`internal: the teams of ${member.email} were not read`);
  const teamChanges: TeamChange[] = [];
  const teamRoles: TeamRoleEntry[] = [];
  /** A team the member stays on: a role change when the effective role moves, by the file or by the org role. */
  const stay = (team: string, stored: TeamRole | null, next: TeamRole | null) => {
    teamRoles.push({ teamSlug: team, role: next });
    const before = effectiveTeamRole(from, stored);
    const after = effectiveTeamRole(to, next);
    if (before !== after)
      teamChanges.push({
        kind: 'role',
        team,
        from: before,
        to: after,
        ...(next === stored ? { followsOrgRole: true as const } : {}),
      });
  };
  if (spec.teams === undefined) {
    // Teams not managed: send them back exactly as they are (their effective roles may follow the org role).
    for (const [team, stored] of current) stay(team, stored, stored);
  } else {
    for (const [team, wanted] of spec.teams) {
      if (!current.has(team)) {
        teamChanges.push({ kind: 'join', team, role: effectiveTeamRole(to, wanted) });
        teamRoles.push({ teamSlug: team, role: wanted });
        continue;
      }
      const stored = current.get(team) ?? null;
      // What matters is the result under the new org role: does the stored role give what the file wants?
      stay(team, stored, effectiveTeamRole(to, stored) === effectiveTeamRole(to, wanted) ? stored : wanted);
    }
    for (const [team, stored] of current) {
      if (!spec.teams.has(team)) teamChanges.push({ kind: 'leave', team, role: effectiveTeamRole(from, stored) });
    }
  }
  if (from === to && teamChanges.length === 0) return undefined;
  return {
    kind: 'update',
    memberId: member.id,
    email: member.email,
    name: member.name,
    pending: member.pending,
    ...(from === to ? {} : { orgRole: { from, to } }),
    teams: teamChanges,
    request: { ...(from === to ? {} : { orgRole: to }), teamRoles },
    line: spec.source.entry.line,
  };
}

/** Why the identity provider, not this file, decides (Sentry accepts the write; the IdP overwrites it at its next sync). */
const IDP_OVERWRITES = 'the identity provider would overwrite this change at its next sync';

function mayNotInvite(state: OrgState): string[] {
  const { caller } = state;
  return caller.assignable.size === 0 ? [`the token's user (${caller.email}, ${caller.orgRole}) may not invite`] : [];
}

function roleBlocks(role: OrgRole, state: OrgState): string[] {
  const reasons: string[] = [];
  const { caller } = state;
  if (caller.retired.has(role))
    reasons.push(`the org role "${role}" is retired in this organization and can no longer be assigned`);
  else if (!caller.assignable.has(role)) {
    reasons.push(`the token's user (${caller.email}, ${caller.orgRole}) may not assign the org role "${role}"`);
  }
  return reasons;
}

function teamBlocks(teams: readonly string[], state: OrgState): string[] {
  return teams
    .filter((team) => state.teams.get(team)?.idpProvisioned)
    .map(
      (team) =>
        `team "${team}" is managed by the identity provider (idp:provisioned): ${IDP_OVERWRITES}; join and leave it there`,
    );
}

function updateBlocks(update: MemberUpdate, member: ObservedMember, spec: MemberSpec, state: OrgState, owners: number): string[] {
  const { caller } = state;
  const reasons: string[] = [];
  if (caller.assignable.size === 0)
    reasons.push(
      `the token's user (${caller.email}, ${caller.orgRole}) may not change members: use an owner's or manager's token`,
    );
  if (member.flags.idpProvisioned)
    reasons.push(`the member is managed by the identity provider (idp:provisioned): ${IDP_OVERWRITES}; change it there`);
  if (member.flags.partnershipRestricted)
    reasons.push('the member is managed by a partnership (partnership:restricted) and cannot be modified');
  if (orgRoleRank(member.orgRole) > orgRoleRank(caller.orgRole)) {
    reasons.push(`the member's org role "${member.orgRole}" is above the token's user (${caller.email}, ${caller.orgRole})`);
  }
  if (update.orgRole) {
    if (member.id === caller.memberId)
      reasons.push("this is the token's own user, and Sentry lets nobody change their own org role: use another owner's token");
    reasons.push(...roleBlocks(update.orgRole.to, state));
    if (member.flags.idpRoleRestricted)
      reasons.push(`the member's org role is managed by the identity provider (idp:role-restricted): ${IDP_OVERWRITES}`);
    if (update.orgRole.from === 'owner' && !member.pending && owners <= 1) {
      reasons.push('this is the only owner: an organization must keep at least one owner');
    }
  }
  reasons.push(
    ...teamBlocks(
      update.teams.filter((change) => change.kind !== 'role').map((change) => change.team),
      state,
    ),
  );
  if (spec.role === 'billing' && spec.teams === undefined && update.request.teamRoles.length > 0) {
    reasons.push(
      'billing members cannot be on teams and this member is on some: add "teams: []" to remove them from their teams',
    );
  }
  return [...new Set(reasons)];
}

function removalBlocks(member: ObservedMember, state: OrgState, owners: number): string[] {
  const { caller } = state;
  const reasons: string[] = [];
  if (member.id === caller.memberId) reasons.push("this is the token's own user: it is never removed");
  if (member.flags.idpProvisioned)
    reasons.push(`the member is managed by the identity provider (idp:provisioned): remove it there`);
  if (member.flags.partnershipRestricted) reasons.push('the member is managed by a partnership (partnership:restricted)');
  if (orgRoleRank(member.orgRole) > orgRoleRank(caller.orgRole)) {
    reasons.push(`the member's org role "${member.orgRole}" is above the token's user (${caller.email}, ${caller.orgRole})`);
  }
  if (member.orgRole === 'owner' && !member.pending && owners <= 1) reasons.push('this is the only owner');
  if (caller.assignable.size === 0) reasons.push(`the token's user (${caller.email}, ${caller.orgRole}) may not remove members`);
  return reasons;
}

/** Team slugs the file names that the organization does not have: config errors, with their lines. */
export function unknownTeams(config: Config, state: OrgState): { email: string; team: string; line: number; column: number }[] {
  const unknown: { email: string; team: string; line: number; column: number }[] = [];
  for (const spec of config.members.values()) {
    let index = 0;
    for (const team of spec.teams?.keys() ?? []) {
      // Team positions are in the order of the teams.
      const position = spec.source.teams[index++] ?? spec.source.entry;
      if (!state.teams.has(team)) unknown.push({ email: spec.email, team, ...position });
    }
  }
  return unknown;
}

import type { Config, MemberSpec } from '../config/model.ts';
import type { ObservedMember, OrgState } from '../domain/org-state.ts';
import { effectiveTeamRole, type OrgRole, orgRoleRank } from '../domain/roles.ts';
import type {
  BlockedChange,
  MemberChange,
  MemberUpdate,
  Plan,
  PlanNote,
  PlanWarning,
  TeamChange,
  TeamRoleEntry,
} from './types.ts';

/**
 * The plan: a pure function of the config and the observed state (no I/O, no clock). Compares on
 * effective roles, so equivalent states never produce a change; pre-flights every change against
 * what Sentry would refuse (SPEC section 7) and blocks it, with its reasons, instead.
 */
export function createPlan(config: Config, state: OrgState): Plan {
  const byEmail = new Map(state.members.map((member) => [member.email.toLowerCase(), member]));
  const changes: MemberChange[] = [];
  const blocked: BlockedChange[] = [];
  const warnings: PlanWarning[] = [];
  const missing: PlanNote[] = [];
  let unchanged = 0;
  const owners = state.members.filter((member) => member.orgRole === 'owner' && !member.pending).length;

  const add = (change: MemberChange, reasons: string[]) => {
    if (reasons.length > 0) blocked.push({ change, reasons });
    else changes.push(change);
  };

  for (const spec of config.members.values()) {
    const member = byEmail.get(spec.email);
    if (!member) {
      const teamRoles = spec.teams ? [...spec.teams].map(([teamSlug, role]) => ({ teamSlug, role })) : [];
      if (config.missing === 'invite') {
        add(
          { kind: 'invite', email: spec.email, orgRole: spec.role, teamRoles, line: spec.source.entry.line },
          inviteBlocks(spec, state),
        );
      } else {
        missing.push({ email: spec.email, orgRole: spec.role, line: spec.source.entry.line });
      }
      continue;
    }
    if (member.expired && config.missing === 'invite') {
      const renewal: MemberChange = {
        kind: 'reinvite',
        memberId: member.id,
        email: member.email,
        name: member.name,
        line: spec.source.entry.line,
      };
      add(
        renewal,
        state.caller.assignable.size === 0
          ? [`the token's user (${state.caller.email}, ${state.caller.orgRole}) may not invite`]
          : [],
      );
    } else if (member.expired) {
      warnings.push({
        message: `the invitation of ${spec.email} has expired: it must be re-sent before it can be accepted (missing: invite re-sends it)`,
        line: spec.source.entry.line,
      });
    }
    const update = diffMember(spec, member);
    if (!update) {
      // A member whose invitation is re-sent is a change, not "unchanged".
      if (!(member.expired && config.missing === 'invite')) unchanged++;
      continue;
    }
    add(update, updateBlocks(update, member, spec, state, owners));
  }

  const unlisted: PlanNote[] = [];
  for (const member of state.members) {
    const email = member.email.toLowerCase();
    if (config.members.has(email) || config.ignore.has(email)) continue;
    if (config.unlisted === 'ignore') continue;
    if (config.unlisted === 'report') {
      unlisted.push({ email: member.email, name: member.name, orgRole: member.orgRole, pending: member.pending });
      continue;
    }
    const removal: MemberChange = {
      kind: 'remove',
      memberId: member.id,
      email: member.email,
      name: member.name,
      orgRole: member.orgRole,
      pending: member.pending,
    };
    add(removal, removalBlocks(member, state, owners));
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

/** The update that makes `member` equal `spec`, or undefined when it already is (in effective roles). */
export function diffMember(spec: MemberSpec, member: ObservedMember): MemberUpdate | undefined {
  const from = member.orgRole;
  const to = spec.role;
  if (spec.teams === undefined && from === to) return undefined;
  const current = member.teams;
  if (current === undefined) throw new Error(`internal: the teams of ${member.email} were not read`);
  const teamChanges: TeamChange[] = [];
  let teamRoles: TeamRoleEntry[];
  if (spec.teams === undefined) {
    // Teams not managed: send them back exactly as they are.
    teamRoles = [...current].map(([teamSlug, role]) => ({ teamSlug, role }));
  } else {
    teamRoles = [];
    for (const [team, wanted] of spec.teams) {
      if (!current.has(team)) {
        teamChanges.push({ kind: 'join', team, role: effectiveTeamRole(to, wanted) });
        teamRoles.push({ teamSlug: team, role: wanted });
        continue;
      }
      const stored = current.get(team) ?? null;
      // What matters is the result under the new org role: does the stored role give what the file wants?
      if (effectiveTeamRole(to, stored) === effectiveTeamRole(to, wanted)) {
        teamRoles.push({ teamSlug: team, role: stored });
      } else {
        teamChanges.push({ kind: 'role', team, from: effectiveTeamRole(from, stored), to: effectiveTeamRole(to, wanted) });
        teamRoles.push({ teamSlug: team, role: wanted });
      }
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
    .map((team) => `team "${team}" is managed by the identity provider (idp:provisioned): join and leave it there`);
}

function updateBlocks(update: MemberUpdate, member: ObservedMember, spec: MemberSpec, state: OrgState, owners: number): string[] {
  const { caller } = state;
  const reasons: string[] = [];
  if (caller.assignable.size === 0)
    reasons.push(
      `the token's user (${caller.email}, ${caller.orgRole}) may not change members: use an owner's or manager's token`,
    );
  if (member.flags.idpProvisioned)
    reasons.push('the member is managed by the identity provider (idp:provisioned): change it there');
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
      reasons.push("the member's org role is managed by the identity provider (idp:role-restricted)");
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

function inviteBlocks(spec: MemberSpec, state: OrgState): string[] {
  return [...roleBlocks(spec.role, state), ...teamBlocks(spec.teams ? [...spec.teams.keys()] : [], state)];
}

function removalBlocks(member: ObservedMember, state: OrgState, owners: number): string[] {
  const { caller } = state;
  const reasons: string[] = [];
  if (member.id === caller.memberId) reasons.push("this is the token's own user: it is never removed");
  if (member.flags.idpProvisioned)
    reasons.push('the member is managed by the identity provider (idp:provisioned): remove it there');
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

import type { Config, Grant, MemberSpec, TeamSpec } from '../config/model.ts';
import type { ObservedMember, OrgState } from '../domain/org-state.ts';
import { effectiveTeamRole, type OrgRole, orgRoleRank, type TeamRole } from '../domain/roles.ts';
import { TeamRoles } from '../domain/team-roles.ts';
import { type Desired, desiredMember, type Pairs, sectionsByEmail, unlistedPairs, withPairs } from './desired.ts';
import type {
  BlockedChange,
  GrantNote,
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

/** What the planner is told besides the file and the organization: the instant, and the rules that are inputs. */
export interface PlanOptions {
  /** Epoch milliseconds the plan is made for: grants and entries end by it (default 0: nothing has ended). */
  readonly now?: number;
  /** Changes that would leave fewer active owners are blocked (default 1). */
  readonly minOwners?: number;
  /** Grants and entries ending within this many days are warnings on their line (default 7). */
  readonly expiryWarningDays?: number;
}

/** The count of active owners, and the floor a change may not take it below. */
export interface OwnerRule {
  readonly owners: number;
  readonly minOwners: number;
}

const DAY = 86_400_000;

/**
 * The plan: a pure function of the config, the observed state and the options (no I/O, no
 * clock: `now` is given). Compares on effective roles, so equivalent states never produce a
 * change; pre-flights every change against what Sentry would refuse or what the file must not
 * cause (docs/behaviour.md, "Blocked changes") and blocks it, with its reasons, instead.
 */
export function createPlan(config: Config, state: OrgState, options: PlanOptions = {}): Plan {
  const now = options.now ?? 0;
  const rule: OwnerRule = { owners: countOwners(state), minOwners: options.minOwners ?? 1 };
  const soon = now + (options.expiryWarningDays ?? 7) * DAY;
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
  const grants: GrantNote[] = [];
  let unchanged = 0;
  const add = (decision: MemberDecision) => {
    if (!decision.change) return;
    if (decision.reasons.length > 0) blocked.push({ change: decision.change, reasons: decision.reasons });
    else changes.push(decision.change);
  };
  const sections = sectionsByEmail(config);

  for (const listed of config.members.values()) {
    const found = byEmail.get(listed.email) ?? [];
    if (found.length > 1) {
      blocked.push(identityConflict(listed.email, found, listed.source.entry.line));
      continue;
    }
    const desired = desiredMember(listed, config, sections, now);
    noteTime(listed, desired, now, soon, grants, warnings);
    const spec = specFor(desired.spec, state, warnings);
    const member = found[0];
    if (!member) {
      if (desired.ended) continue;
      if (config.missing === 'invite') add(planInvite(spec, config, state, desired.pairs));
      else missing.push({ email: spec.email, orgRole: spec.role, line: spec.source.entry.line });
      continue;
    }
    if (member.expired && config.missing !== 'invite' && !desired.ended) {
      warnings.push({
        message: `the invitation of ${spec.email} has expired: it must be re-sent before it can be accepted (missing: invite re-sends it)`,
        line: spec.source.entry.line,
        file: spec.source.file,
      });
    }
    const decision = replanMember(member, config, state, rule, options, sections);
    if (decision.change) add(decision);
    else unchanged++;
  }

  const unlisted: PlanNote[] = [];
  for (const member of state.members) {
    const email = member.email.toLowerCase();
    if (config.members.has(email) || config.ignore.has(email)) continue;
    if (config.unlisted === 'report')
      unlisted.push({ email: member.email, name: member.name, orgRole: member.orgRole, pending: member.pending });
    // Removed under unlisted: remove; else taken off the teams that have a section (they are managed as a whole).
    add(replanMember(member, config, state, rule, options, sections));
  }

  const kept = keepOwners(changes, blocked, rule);
  return {
    version: 1,
    organization: state.organization,
    config: config.file,
    changes: kept.changes,
    blocked: kept.blocked,
    unlisted,
    missing,
    warnings,
    unchanged,
    ...(grants.length > 0 ? { grants } : {}),
  };
}

/**
 * The decision for one member Sentry has, from the file at `now`: the same rules as createPlan
 * (an apply re-plans each member from a fresh read with it). A listed member: its entry ended
 * (a removal) or its update; a member the file does not list: removed under `unlisted: remove`,
 * else taken off the teams that have a section. Ignored members: nothing.
 */
export function replanMember(
  member: ObservedMember,
  config: Config,
  state: OrgState,
  rule: OwnerRule,
  options: PlanOptions = {},
  sections = sectionsByEmail(config),
): MemberDecision {
  const email = member.email.toLowerCase();
  const listed = config.members.get(email);
  if (listed) {
    const desired = desiredMember(listed, config, sections, options.now ?? 0);
    if (desired.ended)
      return planRemoval(member, state, rule, {
        expired: desired.ended,
        line: listed.source.entry.line,
        ...inFile(listed.source.file, config),
      });
    return planListedMember(
      specFor(desired.spec, state),
      member,
      config,
      state,
      rule,
      desired.pairs,
      endedGrants(desired, listed),
    );
  }
  if (config.ignore.has(email)) return { reasons: [] };
  if (config.unlisted === 'remove') return planRemoval(member, state, rule);
  const offSections = unlistedPairs(config);
  if (offSections && [...(member.teams?.keys() ?? [])].some((team) => offSections.off(team)))
    return planTeamsOnly(member, offSections, config, state, rule);
  return { reasons: [] };
}

/**
 * min-owners across the plan: changes that take an active owner away (a demotion, a removal)
 * are allowed, in email order, while the active owners left stay at least min-owners; the rest
 * are blocked with that reason.
 */
function keepOwners(changes: readonly MemberWrite[], blocked: readonly BlockedChange[], rule: OwnerRule) {
  let owners = rule.owners;
  const kept: MemberWrite[] = [];
  const stopped: BlockedChange[] = [...blocked];
  const losesOwner = (change: MemberWrite) =>
    (change.kind === 'update' && !change.pending && change.orgRole?.from === 'owner' && change.orgRole.to !== 'owner') ||
    (change.kind === 'remove' && !change.pending && change.orgRole === 'owner');
  const order = [...changes].filter(losesOwner).sort((a, b) => a.email.localeCompare(b.email));
  const allowed = new Set<MemberWrite>();
  for (const change of order) {
    if (owners - 1 >= rule.minOwners) {
      allowed.add(change);
      owners--;
    }
  }
  for (const change of changes) {
    if (!losesOwner(change) || allowed.has(change)) kept.push(change);
    else stopped.push({ change, reasons: [ownersReason(rule.minOwners, owners)] });
  }
  return { changes: kept, blocked: stopped };
}

function ownersReason(minOwners: number, owners: number): string {
  return minOwners <= 1 && owners <= 1
    ? 'this is the only owner: an organization must keep at least one owner'
    : `min-owners is ${minOwners}: this change would leave ${owners - 1} active owner${owners - 1 === 1 ? '' : 's'}`;
}

/** Grants that hold (listed with their end), and what ends soon (a warning on its line). */
function noteTime(
  spec: MemberSpec,
  desired: Desired,
  now: number,
  soon: number,
  notes: GrantNote[],
  warnings: PlanWarning[],
): void {
  const file = spec.source.file;
  for (const grant of desired.active) {
    const what = grantWords(grant);
    notes.push({
      email: spec.email,
      what,
      until: grant.until.text,
      daysLeft: Math.ceil((grant.until.end - now) / DAY),
      line: grant.position.line,
      ...(file ? { file } : {}),
    });
    if (grant.until.end <= soon)
      warnings.push({
        message: `the grant of ${what} to ${spec.email} ends ${grant.until.text} (${daysFrom(now, grant.until.end)})`,
        line: grant.position.line,
      });
  }
  if (spec.until && !desired.ended && spec.until.end <= soon)
    warnings.push({
      message: `the entry of ${spec.email} ends ${spec.until.text} (${daysFrom(now, spec.until.end)}): the member is removed then`,
      line: spec.source.entry.line,
    });
}

function daysFrom(now: number, end: number): string {
  const days = Math.ceil((end - now) / DAY);
  return days <= 1 ? 'within a day' : `in ${days} days`;
}

export function grantWords(grant: Grant): string {
  const parts = [
    ...(grant.role ? [`org role ${grant.role}`] : []),
    ...[...(grant.teams ?? [])].map(([team, role]) => `team ${team}${role ? ` (${role})` : ''}`),
  ];
  return parts.join(' and ');
}

/** The grants that ended, in words, for a change that carries them out. */
function endedGrants(desired: Desired, spec: MemberSpec): string[] {
  return desired.past.map(
    (grant) => `grant ended ${grant.until.text}: ${grantWords(grant)}${grant.role ? ` -> ${spec.role}` : ''}`,
  );
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
      file: spec.source.file,
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

/** A change's `file`: set only when its entry is in another file than the one `config` names. */
function inFile(file: string, config: Config): { file?: string } {
  return file === config.file ? {} : { file };
}

/** A listed member that is in Sentry: the update (and re-invitation) the file asks for, with its blocks. */
export function planListedMember(
  spec: MemberSpec,
  member: ObservedMember,
  config: Config,
  state: OrgState,
  rule: OwnerRule,
  pairs?: Pairs,
  because: readonly string[] = [],
): MemberDecision {
  const reinvite = member.expired && config.missing === 'invite';
  const current = storedAs(member, state);
  const resolved = pairs && current.teams ? { ...spec, teams: withPairs(current.teams, pairs) } : spec;
  const update = diffMember(resolved, current);
  if (update) {
    const change: MemberUpdate = {
      ...update,
      ...(reinvite ? { reinvite: true as const } : {}),
      ...(because.length > 0 ? { because } : {}),
      ...inFile(spec.source.file, config),
    };
    return { change, reasons: updateBlocks(change, member, spec, state, rule) };
  }
  if (!reinvite) return { reasons: [] };
  return {
    change: {
      kind: 'reinvite',
      memberId: member.id,
      email: member.email,
      name: member.name,
      line: spec.source.entry.line,
      ...inFile(spec.source.file, config),
    },
    reasons: mayNotInvite(state),
  };
}

/** An org member neither listed nor ignored under `unlisted: remove`, or one whose entry ended. */
export function planRemoval(
  member: ObservedMember,
  state: OrgState,
  rule: OwnerRule,
  expired?: { expired: string; line: number; file?: string },
): MemberDecision {
  return {
    change: {
      kind: 'remove',
      memberId: member.id,
      email: member.email,
      name: member.name,
      orgRole: member.orgRole,
      pending: member.pending,
      ...(expired ?? {}),
    },
    reasons: removalBlocks(member, state, rule),
  };
}

/** A member the file does not list, on teams that have a section: taken off them, nothing else. */
export function planTeamsOnly(
  member: ObservedMember,
  pairs: Pairs,
  config: Config,
  state: OrgState,
  rule: OwnerRule,
): MemberDecision {
  const section = [...(member.teams?.keys() ?? [])].map((team) => config.teams.get(team)).find((found) => found !== undefined);
  const spec: MemberSpec = {
    email: member.email.toLowerCase(),
    role: member.orgRole,
    teams: withPairs(member.teams ?? new Map(), pairs),
    grants: [],
    source: { file: section?.file ?? config.file, entry: section?.position ?? { line: 1, column: 1 }, teams: [] },
  };
  const update = diffMember(spec, member);
  if (!update) return { reasons: [] };
  const change: MemberUpdate = { ...update, ...inFile(spec.source.file, config) };
  return { change, reasons: updateBlocks(change, member, spec, state, rule) };
}

/** A listed email not in the organization, under `missing: invite`. */
export function planInvite(spec: MemberSpec, config: Config, state: OrgState, pairs?: Pairs): MemberDecision {
  const teams = spec.teams ?? (pairs ? withPairs(new Map(), pairs) : undefined);
  const teamRoles = teams ? [...teams].map(([teamSlug, role]) => ({ teamSlug, role })) : [];
  return {
    change: {
      kind: 'invite',
      email: spec.email,
      orgRole: spec.role,
      teamRoles,
      line: spec.source.entry.line,
      ...inFile(spec.source.file, config),
    },
    reasons: [...roleBlocks(spec.role, state), ...teamBlocks(teams ? [...teams.keys()] : [], state)],
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

function updateBlocks(
  update: MemberUpdate,
  member: ObservedMember,
  spec: MemberSpec,
  state: OrgState,
  rule: OwnerRule,
): string[] {
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
    if (update.orgRole.from === 'owner' && update.orgRole.to !== 'owner' && !member.pending && rule.owners - 1 < rule.minOwners) {
      reasons.push(ownersReason(rule.minOwners, rule.owners));
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

function removalBlocks(member: ObservedMember, state: OrgState, rule: OwnerRule): string[] {
  const { caller } = state;
  const reasons: string[] = [];
  if (member.id === caller.memberId) reasons.push("this is the token's own user: it is never removed");
  if (member.flags.idpProvisioned)
    reasons.push(`the member is managed by the identity provider (idp:provisioned): remove it there`);
  if (member.flags.partnershipRestricted) reasons.push('the member is managed by a partnership (partnership:restricted)');
  if (orgRoleRank(member.orgRole) > orgRoleRank(caller.orgRole)) {
    reasons.push(`the member's org role "${member.orgRole}" is above the token's user (${caller.email}, ${caller.orgRole})`);
  }
  if (member.orgRole === 'owner' && !member.pending && rule.owners - 1 < rule.minOwners)
    reasons.push(rule.minOwners <= 1 && rule.owners <= 1 ? 'this is the only owner' : ownersReason(rule.minOwners, rule.owners));
  if (caller.assignable.size === 0) reasons.push(`the token's user (${caller.email}, ${caller.orgRole}) may not remove members`);
  return reasons;
}

/** An unknown team slug where the file names it: a member's entry, a grant, or a team section. */
export interface UnknownTeam {
  readonly team: string;
  /** Where it is named, as the message says it: "for alice@acme.com", "in a grant of alice@acme.com", "a team section". */
  readonly owner: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Team slugs the file names that the organization does not have: config errors, with their file and line. */
export function unknownTeams(config: Config, state: OrgState): UnknownTeam[] {
  const unknown: UnknownTeam[] = [];
  for (const spec of config.members.values()) {
    const file = spec.source.file;
    let index = 0;
    for (const team of spec.teams?.keys() ?? []) {
      // Team positions are in the order of the teams.
      const position = spec.source.teams[index++] ?? spec.source.entry;
      if (!state.teams.has(team)) unknown.push({ team, owner: `for ${spec.email}`, file, ...position });
    }
    for (const grant of spec.grants)
      for (const team of grant.teams?.keys() ?? [])
        if (!state.teams.has(team)) unknown.push({ team, owner: `in a grant of ${spec.email}`, file, ...grant.position });
  }
  for (const section of config.teams.values())
    if (!state.teams.has(section.slug))
      unknown.push({ team: section.slug, owner: 'a team section', file: section.file, ...section.position });
  return unknown;
}

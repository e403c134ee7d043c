import type { Config, MemberSpec } from '../config/model.ts';
import type { ObservedMember, OrgState } from '../domain/org-state.ts';
import { approvalBlocks, privilegedRole } from './approvals.ts';
import { conflictBlocks, inviteBlocks, reinviteBlocks, removalBlocks, updateBlocks } from './blocks.ts';
import { placeUpdate } from './causes.ts';
import { type Desired, desiredMember, type Pairs, sectionsByEmail, unlistedPairs, withPairs } from './desired.ts';
import { endedGrants, expiryNotes } from './expiry.ts';
import { githubOrigins } from './github-teams.ts';
import { InactiveList } from './inactive.ts';
import {
  asPendingMember,
  doubleInvitationWarning,
  invitationBudgetWarning,
  invitationsByEmail,
  modelInvitationNote,
  unlistedInvitationsWarning,
} from './invitations.ts';
import { diffMember, pairsFor, specFor, storedAs, teamRoleWarnings } from './member-diff.ts';
import { keepOwners, type OwnerRule, ownerRule } from './owners.ts';
import type {
  ApprovalGate,
  BlockedChange,
  GrantNote,
  MemberDecision,
  MemberInvite,
  MemberRemoval,
  MemberUpdate,
  MemberWrite,
  ModelInvitationNote,
  Plan,
  PlanNote,
  PlanWarning,
} from './types.ts';

/**
 * What the planner is told besides the file and the organization: the instant, and the rules
 * that are settings (their defaults are the table of settings': the planner has none of its own).
 */
export interface PlanOptions {
  /** Epoch milliseconds the plan is made for: grants and entries end by it. */
  readonly now: number;
  /** Changes that would leave fewer active owners are blocked. */
  readonly minOwners: number;
  /** Grants and entries ending within this many days are warnings on their line. */
  readonly expiryWarningDays: number;
  /** Members not active in Sentry for this many days are listed (0: none). */
  readonly inactiveDays: number;
  /**
   * With approvals.privileged: who may approve owner and manager grants and what this run knows
   * of an approval (plan/approvals.ts). Without one, a grant needs no approval.
   */
  readonly approval?: ApprovalGate;
}

/** The options of a plan made at `now` with these settings. */
export function planOptions(
  settings: Pick<PlanOptions, 'minOwners' | 'expiryWarningDays' | 'inactiveDays'>,
  now: number,
): PlanOptions {
  return {
    now,
    minOwners: settings.minOwners,
    expiryWarningDays: settings.expiryWarningDays,
    inactiveDays: settings.inactiveDays,
  };
}

/**
 * The plan: a pure function of the config, the observed state and the options (no I/O, no
 * clock: `now` is given). Compares on effective roles, so equivalent states never produce a
 * change; pre-flights every change against what Sentry would refuse or what the file must not
 * cause (docs/behaviour.md, "Blocked changes") and blocks it, with its reasons, instead. Records
 * that do not fit are reported, never planned; pending invitations of Sentry's newer invitation
 * model (when read) are matched to the file and never invited again; with inactive-days, the
 * members the file keeps that have not been active for that long are listed.
 */
export function createPlan(config: Config, state: OrgState, options: PlanOptions): Plan {
  const { now } = options;
  const rule = ownerRule(state, options.minOwners);
  const byEmail = membersByEmail(state.members);
  const changes: MemberWrite[] = [];
  const blocked: BlockedChange[] = [];
  const warnings: PlanWarning[] = teamRoleWarnings(config, state);
  const missing: PlanNote[] = [];
  const grants: GrantNote[] = [];
  const inactive = new InactiveList(options.inactiveDays, now);
  const invited = invitationsByEmail(state.invitations);
  const modelInvitations: ModelInvitationNote[] = [];
  let unchanged = 0;
  const add = (decision: MemberDecision) => {
    if (!decision.change) return;
    if (decision.reasons.length > 0) blocked.push({ change: decision.change, reasons: decision.reasons });
    else changes.push(decision.change);
  };
  const sections = sectionsByEmail(config);

  for (const listed of config.members.values()) {
    const found = byEmail.get(listed.email);
    if (found.length > 1) {
      blocked.push(identityConflict(listed, found, config));
      continue;
    }
    const desired = desiredMember(listed, config, sections, now);
    expiryNotes(listed, desired, { now, warningDays: options.expiryWarningDays }, grants, warnings);
    const spec = specFor(desired.spec, state);
    const member = found[0];
    const invitation = member ? undefined : invited.get(listed.email);
    if (invitation) {
      // Invited already, where the member list does not show it: never invited a second time.
      const decision = replanMember(asPendingMember(invitation), config, state, rule, options, sections);
      const entry = { line: spec.source.entry.line, ...inFile(spec.source.file, config) };
      const note = modelInvitationNote(invitation, decision, config, entry, warnings);
      modelInvitations.push(note);
      if (!note.differs) unchanged++;
      continue;
    }
    if (!member) {
      if (desired.ended) continue;
      if (config.missing === 'invite') add(planInvite(spec, config, state, options.approval, pairsFor(desired.pairs, state)));
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
    if (!desired.ended) inactive.add(member, listed, inFile(listed.source.file, config));
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
  let unlistedInvitations = 0;
  for (const [email, invitation] of invited) {
    const listed = config.members.get(email);
    if (byEmail.has(email)) {
      const entry = listed && { line: listed.source.entry.line, ...inFile(listed.source.file, config) };
      if (!config.ignore.has(email)) warnings.push(doubleInvitationWarning(invitation, entry));
      continue;
    }
    if (listed || config.ignore.has(email)) continue;
    if (config.unlisted === 'report')
      unlisted.push({ email: invitation.email, name: invitation.email, orgRole: invitation.orgRole, pending: true });
    const decision = replanMember(asPendingMember(invitation), config, state, rule, options, sections);
    const note = modelInvitationNote(invitation, decision, config, undefined, warnings);
    if (note.differs) unlistedInvitations++;
    modelInvitations.push(note);
  }
  const unlistedWarning = unlistedInvitationsWarning(unlistedInvitations);
  if (unlistedWarning) warnings.push(unlistedWarning);

  const kept = keepOwners(changes, blocked, rule);
  const budget = invitationBudgetWarning(kept.changes);
  if (budget) warnings.push(budget);
  const inactiveMembers = inactive.result();
  const { approval } = options;
  const privileged =
    approval !== undefined &&
    [...kept.changes, ...kept.blocked.map((entry) => entry.change)].some((change) => privilegedRole(change) !== undefined);
  return {
    version: 1,
    organization: state.organization,
    config: config.file,
    changes: kept.changes,
    blocked: kept.blocked,
    unlisted,
    missing,
    warnings: inFileOrder(warnings, config),
    unchanged,
    ...(grants.length > 0 ? { grants } : {}),
    ...(state.unfit && state.unfit.length > 0 ? { unfit: state.unfit } : {}),
    ...(inactiveMembers ? { inactive: inactiveMembers } : {}),
    ...(state.invitations ? { modelInvitations } : {}),
    ...(privileged ? { approval } : {}),
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
  options: PlanOptions,
  sections = sectionsByEmail(config),
): MemberDecision {
  const email = member.email.toLowerCase();
  const listed = config.members.get(email);
  if (listed) {
    const desired = desiredMember(listed, config, sections, options.now);
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
      pairsFor(desired.pairs, state),
      endedGrants(desired, listed),
      options.approval,
      { listed, desired },
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
 * The organization's members by lower-cased email: the member, or the records that share it (an
 * identity conflict). One entry per member, not a list each: at 50,000 members, 50,000 lists were
 * megabytes of a run's peak memory.
 */
function membersByEmail(members: readonly ObservedMember[]): {
  get(email: string): readonly ObservedMember[];
  has(email: string): boolean;
} {
  const index = new Map<string, ObservedMember | ObservedMember[]>();
  for (const member of members) {
    const email = member.email.toLowerCase();
    const same = index.get(email);
    if (same === undefined) index.set(email, member);
    else if (Array.isArray(same)) same.push(member);
    else index.set(email, [same, member]);
  }
  return {
    get(email) {
      const found = index.get(email);
      return found === undefined ? [] : Array.isArray(found) ? found : [found];
    },
    has: (email) => index.has(email),
  };
}

function identityConflict(listed: MemberSpec, members: readonly ObservedMember[], config: Config): BlockedChange {
  return {
    change: {
      kind: 'conflict',
      email: listed.email,
      members: members.map((member) => ({ memberId: member.id, email: member.email, pending: member.pending })),
      line: listed.source.entry.line,
      ...inFile(listed.source.file, config),
    },
    reasons: conflictBlocks(members),
  };
}

/** Warnings in the config's file order, each file's by line (those without a line first). */
export function inFileOrder(warnings: readonly PlanWarning[], config: Config): PlanWarning[] {
  const order = new Map(config.files.map((file, index) => [file, index]));
  const rank = (warning: PlanWarning) => order.get(warning.file ?? config.file) ?? -1;
  return [...warnings].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
}

/** A change's `file`: set only when its entry is in another file than the one `config` names. */
function inFile(file: string, config: Config): { file?: string } {
  return file === config.file ? {} : { file };
}

/** A listed member that is in Sentry: the update (and re-invitation) the file asks for, with its blocks. */
function planListedMember(
  spec: MemberSpec,
  member: ObservedMember,
  config: Config,
  state: OrgState,
  rule: OwnerRule,
  pairs: Pairs | undefined,
  because: readonly string[],
  approval: ApprovalGate | undefined,
  cause: { readonly listed: MemberSpec; readonly desired: Desired },
): MemberDecision {
  const reinvite = member.expired && config.missing === 'invite';
  const current = storedAs(member, state);
  const resolved = pairs && current.teams ? { ...spec, teams: withPairs(current.teams, pairs) } : spec;
  const update = diffMember(resolved, current);
  if (update) {
    const origins = githubOrigins(update.email, update.teams, config);
    const change: MemberUpdate = placeUpdate(
      {
        ...update,
        ...(reinvite ? { reinvite: true as const } : {}),
        ...(because.length > 0 ? { because } : {}),
        ...(origins ? { fromGitHub: origins } : {}),
        ...inFile(spec.source.file, config),
      },
      cause.listed,
      cause.desired,
      config,
    );
    return { change, reasons: [...updateBlocks(change, member, spec, state, rule), ...approvalBlocks(change, approval)] };
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
    reasons: reinviteBlocks(state),
  };
}

/** An org member neither listed nor ignored under `unlisted: remove`, or one whose entry ended. */
function planRemoval(
  member: ObservedMember,
  state: OrgState,
  rule: OwnerRule,
  expired?: { expired: string; line: number; file?: string },
): MemberDecision {
  const change: MemberRemoval = {
    kind: 'remove',
    memberId: member.id,
    email: member.email,
    name: member.name,
    orgRole: member.orgRole,
    pending: member.pending,
    ...(expired ?? {}),
  };
  return { change, reasons: removalBlocks(change, member, state, rule) };
}

/** A member the file does not list, on teams that have a section: taken off them, nothing else. */
function planTeamsOnly(member: ObservedMember, pairs: Pairs, config: Config, state: OrgState, rule: OwnerRule): MemberDecision {
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
  const origins = githubOrigins(update.email, update.teams, config);
  const change: MemberUpdate = placeUpdate(
    { ...update, ...(origins ? { fromGitHub: origins } : {}), ...inFile(spec.source.file, config) },
    undefined,
    undefined,
    config,
  );
  return { change, reasons: updateBlocks(change, member, spec, state, rule) };
}

/** A listed email not in the organization, under `missing: invite`. */
function planInvite(
  spec: MemberSpec,
  config: Config,
  state: OrgState,
  approval: ApprovalGate | undefined,
  pairs?: Pairs,
): MemberDecision {
  const teams = spec.teams ?? (pairs ? withPairs(new Map(), pairs) : undefined);
  const origins = githubOrigins(
    spec.email,
    [...(teams?.keys() ?? [])].map((team) => ({ kind: 'join' as const, team })),
    config,
  );
  const change: MemberInvite = {
    kind: 'invite',
    email: spec.email,
    orgRole: spec.role,
    teamRoles: teams ? [...teams].map(([teamSlug, role]) => ({ teamSlug, role })) : [],
    ...(origins ? { fromGitHub: origins } : {}),
    line: spec.source.entry.line,
    ...inFile(spec.source.file, config),
  };
  return { change, reasons: [...inviteBlocks(change, state), ...approvalBlocks(change, approval)] };
}

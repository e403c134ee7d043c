import type { ApplyResult, DeferredChange, GuardRefusal } from '../apply/apply.ts';
import type { UnfitRecord } from '../domain/org-state.ts';
import type { ReviewCheck, Waiting } from '../engine/review.ts';
import { privilegedRole } from '../plan/approvals.ts';
import { changeDigest } from '../plan/digest.ts';
import { DAILY_INVITATION_LIMIT, sendsInvitation } from '../plan/invitations.ts';
import type {
  ApprovalGate,
  BlockedChange,
  InactiveMembers,
  MemberChange,
  MemberWrite,
  ModelInvitationNote,
  Plan,
  Withheld,
} from '../plan/types.ts';
import { withheldNote } from './public-view.ts';
import { approvalNote, describeApproval, describeReasons, describeRunChange } from './reasons.ts';
import {
  attentionOf,
  attentionSentence,
  byEmail,
  changeDetails,
  grantLine,
  planTitle,
  type Risk,
  riskOf,
  type Wording,
} from './review.ts';
import { plural } from './validation.ts';

/**
 * What a reviewer reads of a plan or of an apply's result, as one value that the text (log,
 * terminal) and the markdown (comment, job summary, drift issue) renderings both draw from: the
 * sections and their order (risk first), their titles and wording, how identical changes group,
 * and in which order the size limit shortens them (routine entries first; blocked changes,
 * removals, warnings and the redaction note last, and only when nothing else is left to shorten).
 */

/**
 * How the size limit treats a section: `kept` (blocked, removals, failed writes, warnings, the
 * redaction note) is shortened last, `risky` (grants, demotions) after the rest, `routine`
 * (updates, invitations, writes made) and `notes` (unlisted, missing, temporary access) first.
 */
export type Tier = 'kept' | 'risky' | 'routine' | 'notes';

/** A line under a change: why it is blocked, why a write failed, what changed during the run, a remark. */
export interface Note {
  readonly mark: 'blocked' | 'failed' | 'changed' | 'info';
  readonly text: string;
}

export type Entry =
  | { readonly kind: 'change'; readonly change: MemberChange; readonly wording: Wording; readonly notes: readonly Note[] }
  | { readonly kind: 'line'; readonly text: string; readonly line?: number; readonly file?: string };

export interface Section {
  readonly title: string;
  /** Said after the count: `Unlisted (2), in Sentry but not in sentry-members.yml`. */
  readonly subtitle?: string;
  readonly tier: Tier;
  readonly entries: readonly Entry[];
  /** Members counted here but not named (redact), said as the section's last line. */
  readonly hidden?: { readonly count: number; readonly text: string };
  /** The title shows how many (entries and hidden members); a note has no count. */
  readonly counted: boolean;
  /** An entry and entries, for a folded list's summary. */
  readonly noun: readonly [string, string];
  /** An apply's outcome: the text rendering prints each entry as one line with this word first. */
  readonly outcome?: string;
}

/** A part of a view: this pull request's changes, drift, or (without a title) the rest. */
export interface Part {
  readonly title?: string;
  readonly sections: readonly Section[];
}

export interface View {
  readonly title: string;
  readonly counts: string;
  readonly config: string;
  /** Said first, each a paragraph (why this pull request and drift are shown together; Sentry's newer invitation model). */
  readonly notices: readonly string[];
  /** Banner: what a reviewer must not miss (removals, demotions, owner and manager grants). */
  readonly attention: readonly string[];
  /** Banner: what will not happen (blocked changes, a refused apply). */
  readonly caution: readonly string[];
  readonly parts: readonly Part[];
  /** The last line: what merging (or an apply) does with this plan. */
  readonly end?: string;
}

/** How much of a section is shown: every entry in full, one line each, identical changes grouped with names, or grouped and counted. */
export type Form = 'full' | 'compact' | 'grouped' | 'counted';
export type Cut = Readonly<Record<Tier, Form>>;

/**
 * The steps of the size limit, in order: a rendering takes the first that fits. Routine entries
 * and notes go first (grouped, then counted), then grants and demotions; blocked changes,
 * removals, failed writes, warnings and the redaction note lose their details last.
 */
export const CUTS: readonly Cut[] = [
  { kept: 'full', risky: 'full', routine: 'full', notes: 'full' },
  { kept: 'full', risky: 'full', routine: 'grouped', notes: 'compact' },
  { kept: 'full', risky: 'full', routine: 'counted', notes: 'counted' },
  { kept: 'full', risky: 'compact', routine: 'counted', notes: 'counted' },
  { kept: 'compact', risky: 'compact', routine: 'counted', notes: 'counted' },
  { kept: 'compact', risky: 'grouped', routine: 'counted', notes: 'counted' },
  { kept: 'compact', risky: 'counted', routine: 'counted', notes: 'counted' },
];

export const FULL: Cut = CUTS[0] as Cut;

export const FROM_PULL = 'From this pull request';
export const DRIFT = 'Already different in Sentry (drift): applied too on merge';

const GROUPS: readonly { readonly risk: Risk; readonly title: string; readonly tier: Tier; readonly noun: [string, string] }[] = [
  { risk: 'remove', title: 'Removals', tier: 'kept', noun: ['removal', 'removals'] },
  { risk: 'grant', title: 'Owner and manager grants', tier: 'risky', noun: ['grant', 'grants'] },
  { risk: 'demote', title: 'Demotions', tier: 'risky', noun: ['demotion', 'demotions'] },
  { risk: 'update', title: 'Updates', tier: 'routine', noun: ['update', 'updates'] },
  { risk: 'invite', title: 'Invitations', tier: 'routine', noun: ['invitation', 'invitations'] },
];

const PLANNED: Wording = { tense: 'plan' };
const DONE: Wording = { tense: 'done' };

function change(change: MemberChange, wording: Wording = PLANNED, notes: readonly Note[] = []): Entry {
  return { kind: 'change', change, wording, notes };
}

/** Members of a section counted, not named, because the repository is public (redact). */
function hidden(count: number, config: string, what = 'not in', after = ''): Section['hidden'] {
  return count > 0 ? { count, text: `${plural(count, 'member')} ${what} ${config}${after} (not named here: redact)` } : undefined;
}

/** Changes counted but not named (redact): removals of members the file does not list, and those members taken off teams. */
export interface Unnamed {
  readonly removals: number;
  readonly updates: number;
}

/** A grant of owner or manager (approvals.privileged): who may approve it and whether it is approved, as its note. */
function approvalNotes(c: MemberChange, approval: ApprovalGate | undefined): Note[] {
  const text = approval && privilegedRole(c) ? approvalNote(approval) : undefined;
  return text ? [{ mark: 'info', text }] : [];
}

/** Some changes in their risk groups, most risky first, each sorted by email. */
function riskSections(
  changes: readonly MemberWrite[],
  unnamed: Unnamed,
  config: string,
  approval: ApprovalGate | undefined,
): Section[] {
  return GROUPS.map(({ risk, title, tier, noun }) => {
    const entries = byEmail(changes.filter((c) => riskOf(c) === risk)).map((c) => change(c, PLANNED, approvalNotes(c, approval)));
    const hiddenHere =
      risk === 'remove'
        ? hidden(unnamed.removals, config)
        : risk === 'update'
          ? hidden(unnamed.updates, config, 'not in', ', taken off teams that have a section')
          : undefined;
    return { title, tier, noun, counted: true, entries, ...(hiddenHere ? { hidden: hiddenHere } : {}) };
  }).filter((section) => section.entries.length > 0 || section.hidden);
}

/** Outcomes about members, as entries sorted by email. */
function byMember<T extends { readonly change: MemberChange }>(items: readonly T[], entry: (item: T) => Entry): Entry[] {
  return byEmail(items.map((item) => ({ ...item, email: item.change.email }))).map(entry);
}

function blockedSection(blocked: readonly BlockedChange[], hiddenCount: number, config: string): Section {
  const hiddenHere =
    hiddenCount > 0
      ? { count: hiddenCount, text: `${plural(hiddenCount, 'change')} to members not in ${config} (not named here: redact)` }
      : undefined;
  return {
    title: 'Blocked',
    tier: 'kept',
    counted: true,
    noun: ['blocked change', 'blocked changes'],
    entries: byMember(blocked, (b) =>
      change(
        b.change,
        PLANNED,
        describeReasons(b.reasons).map((text) => ({ mark: 'blocked', text })),
      ),
    ),
    ...(hiddenHere ? { hidden: hiddenHere } : {}),
  };
}

/** The plan's remarks: temporary access that holds, unlisted and missing members, warnings, what a public repository leaves out. */
function noteSections(plan: Plan, withheld: Withheld | undefined): Section[] {
  const unlistedHidden = hidden(withheld?.unlisted ?? 0, plan.config);
  const note = withheld && withheldNote(withheld, plan.config);
  return [
    {
      title: 'Temporary access that holds',
      tier: 'notes',
      counted: true,
      noun: ['grant', 'grants'],
      entries: byEmail(plan.grants ?? []).map((grant) => ({
        kind: 'line',
        text: grantLine(grant),
        line: grant.line,
        ...(grant.file && grant.file !== plan.config ? { file: grant.file } : {}),
      })),
    },
    {
      title: 'Unlisted',
      subtitle: `in Sentry but not in ${plan.config}`,
      tier: 'notes',
      counted: true,
      noun: ['member', 'members'],
      entries: byEmail(plan.unlisted).map((member) => ({
        kind: 'line',
        text: `${member.email} (${member.orgRole}${member.pending ? ', pending invitation' : ''})`,
      })),
      ...(unlistedHidden ? { hidden: unlistedHidden } : {}),
    },
    {
      title: 'Missing',
      subtitle: `in ${plan.config} but not in Sentry`,
      tier: 'notes',
      counted: true,
      noun: ['member', 'members'],
      entries: byEmail(plan.missing).map((member) => ({
        kind: 'line',
        text: `${member.email} (${member.orgRole})`,
        ...(member.line ? { line: member.line } : {}),
      })),
    },
    ...edgeSections(plan),
    {
      title: 'Warnings',
      tier: 'kept',
      counted: true,
      noun: ['warning', 'warnings'],
      entries: plan.warnings.map((warning) => ({
        kind: 'line',
        text: warning.message,
        ...(warning.line ? { line: warning.line } : {}),
        ...(warning.file ? { file: warning.file } : {}),
      })),
    },
    {
      title: 'Not shown',
      tier: 'kept',
      counted: false,
      noun: ['note', 'notes'],
      entries: note ? [{ kind: 'line', text: note }] : [],
    },
  ];
}

/**
 * What the plan says of Sentry at its edges (docs/behaviour.md, section 5): records that do not
 * fit, invitations of Sentry's newer invitation model, and (with inactive-days) inactive members.
 */
function edgeSections(plan: Plan): Section[] {
  const at = (note: { readonly line?: number; readonly file?: string }) => ({
    ...(note.line ? { line: note.line } : {}),
    ...(note.file && note.file !== plan.config ? { file: note.file } : {}),
  });
  return [
    {
      title: 'Records that do not fit',
      subtitle: 'in Sentry, never compared or written to: fix them in Sentry',
      tier: 'kept',
      counted: true,
      noun: ['record', 'records'],
      entries: (plan.unfit ?? []).map((record) => ({ kind: 'line', text: unfitWords(record) })),
    },
    {
      title: "Invitations of Sentry's newer invitation model",
      subtitle: 'not in its member list: read from /invited-members/, never changed by this action',
      tier: 'notes',
      counted: true,
      noun: ['invitation', 'invitations'],
      entries: byEmail(plan.modelInvitations ?? []).map((note) => ({ kind: 'line', text: invitationWords(note), ...at(note) })),
    },
    ...inactiveSections(plan.inactive, at),
  ];
}

/** A record that does not fit, in words: its id, what it is, and what is wrong. */
export function unfitWords(record: UnfitRecord): string {
  const what = `id ${record.id}${record.orgRole ? ` (${record.orgRole}${record.pending ? ', pending invitation' : ''})` : ''}`;
  const { problem } = record;
  switch (problem.kind) {
    case 'no-email':
      return `${what}: no email (${problem.email === null ? 'null' : 'empty'}), e.g. an account created without one or one Sentry cannot read`;
    case 'not-an-address':
      return `${what}: its email${problem.email === undefined ? '' : ` "${problem.email}"`} is not an address, e.g. the text of an identity provider`;
    case 'unknown-role':
      return `${what}: its org role "${problem.role}" is not one this action knows`;
  }
}

function invitationWords(note: ModelInvitationNote): string {
  const state = [note.orgRole, `pending invitation ${note.invitationId}`, ...(note.expired ? ['expired'] : [])].join(', ');
  const line = `${note.email} (${state})`;
  if (note.differs) return `${line}: the file asks for ${note.differs.join(', ')}`;
  return note.line === undefined ? `${line}: not in the file` : `${line}: as the file says`;
}

/** Inactive members, oldest activity first, and never-active accounts apart. */
function inactiveSections(
  inactive: InactiveMembers | undefined,
  at: (note: { readonly line?: number; readonly file?: string }) => { line?: number; file?: string },
): Section[] {
  if (!inactive) return [];
  return [
    {
      title: `Inactive for ${plural(inactive.days, 'day')} or more`,
      subtitle: 'last activity in Sentry; nothing is removed for it',
      tier: 'notes',
      counted: true,
      noun: ['member', 'members'],
      entries: inactive.members.map((note) => ({
        kind: 'line',
        text: `${note.email}: last active ${note.lastActive.slice(0, 10)} (${plural(note.days, 'day')} ago)`,
        ...at(note),
      })),
    },
    {
      title: 'Never active',
      subtitle: 'Sentry has no activity of theirs',
      tier: 'notes',
      counted: true,
      noun: ['member', 'members'],
      entries: inactive.neverActive.map((note) => ({ kind: 'line', text: `${note.email}: never active in Sentry`, ...at(note) })),
    },
  ];
}

/** What an apply of the plan does, said at its end; given by whoever knows the guards and the place. */
export interface Forecast {
  /** On a pull request: what merging does; elsewhere: what an apply would do. */
  readonly onPullRequest: boolean;
  /** The guard that would refuse the apply, with this run's guards. */
  readonly refusal?: GuardRefusal;
}

/** A refused guard in words: `max-removals is 5 and this plan removes 8 members`. */
export function refusalWords(refusal: GuardRefusal): string {
  const { guard, count, limit, percent } = refusal;
  const value = percent ? `${percent.percent}% (${limit} of ${plural(percent.of, 'member')} and invitations)` : String(limit);
  const what = guard === 'max-changes' ? `writes to ${plural(count, 'member')}` : `removes ${plural(count, 'member')}`;
  return `${guard} is ${value} and this plan ${what}`;
}

export interface PlanViewOptions {
  /** On a pull request: the digests of the changes the base commit's config would make too (drift). */
  readonly drift?: ReadonlySet<string>;
  /** Of the changes counted but not named (redact), how many are drift. */
  readonly hiddenDrift?: Unnamed;
  readonly notice?: string;
  readonly forecast?: Forecast;
}

/** The plan as a reviewer reads it: blocked first, then the changes by risk (this pull request apart from drift), then the remarks. */
export function planView(plan: Plan, options: PlanViewOptions = {}): View {
  const { drift } = options;
  const withheld = plan.withheld;
  const unnamed: Unnamed = { removals: withheld?.removals ?? 0, updates: withheld?.updates ?? 0 };
  const hiddenDrift: Unnamed = {
    removals: Math.min(options.hiddenDrift?.removals ?? 0, unnamed.removals),
    updates: Math.min(options.hiddenDrift?.updates ?? 0, unnamed.updates),
  };
  const hiddenFromPull: Unnamed = {
    removals: unnamed.removals - hiddenDrift.removals,
    updates: unnamed.updates - hiddenDrift.updates,
  };
  const isDrift = (c: MemberWrite) => drift?.has(changeDigest(c)) ?? false;
  const fromPull = plan.changes.filter((c) => !isDrift(c));
  const drifted = plan.changes.filter(isDrift);
  const changes: Part[] = drift
    ? [
        { title: FROM_PULL, sections: riskSections(fromPull, hiddenFromPull, plan.config, plan.approval) },
        ...(drifted.length > 0 || hiddenDrift.removals + hiddenDrift.updates > 0
          ? [{ title: DRIFT, sections: riskSections(drifted, hiddenDrift, plan.config, plan.approval) }]
          : []),
      ]
    : [{ sections: riskSections(plan.changes, unnamed, plan.config, plan.approval) }];
  const attention = drift
    ? [
        attentionSentence(attentionOf(fromPull, hiddenFromPull.removals), 'This pull request'),
        attentionSentence(
          attentionOf(drifted, hiddenDrift.removals),
          'Drift correction (already different in Sentry, applied too on merge)',
        ),
      ]
    : [attentionSentence(attentionOf(plan.changes, unnamed.removals))];
  const blockedCount = plan.blocked.length + (withheld?.blocked ?? 0);
  const { forecast } = options;
  const who = forecast?.onPullRequest ? 'Merging' : 'An apply';
  const { approval } = plan;
  const waiting = awaitingApproval(plan);
  const approvedOrAsked = approval && (approval.preview || approval.status.kind === 'approved');
  if (approval && approvedOrAsked && plan.changes.some((c) => privilegedRole(c))) attention.push(describeApproval(approval));
  const caution = [
    approval && !approvedOrAsked ? describeApproval(approval) : undefined,
    blockedCount > 0
      ? `${plural(blockedCount, 'change')} cannot be made (blocked): listed first below. The run fails until the file or the organization is fixed.`
      : undefined,
    forecast?.refusal
      ? `${who} would be refused, writing nothing: ${refusalWords(forecast.refusal)}. Review the plan; if it is intended, raise ${forecast.refusal.guard} for that run.`
      : undefined,
  ];
  return {
    title: planTitle(plan),
    counts: planCounts(plan),
    config: plan.config,
    notices: [options.notice, modelInvitationNotice(plan)].filter((text): text is string => text !== undefined),
    attention: attention.filter((line): line is string => line !== undefined),
    caution: caution.filter((line): line is string => line !== undefined),
    parts: [
      { sections: [blockedSection(plan.blocked, withheld?.blocked ?? 0, plan.config)] },
      ...changes,
      { sections: noteSections(plan, withheld) },
    ],
    ...(forecast
      ? {
          end: endLine(
            plan,
            forecast,
            drift ? { fromPull: fromPull.length + hiddenFromPull.removals + hiddenFromPull.updates } : undefined,
            waiting,
          ),
        }
      : {}),
  };
}

/** Said first when the organization keeps invitations in Sentry's newer invitation model, where the member list does not show them. */
function modelInvitationNotice(plan: Plan): string | undefined {
  const count = plan.modelInvitations?.length ?? 0;
  if (count === 0) return undefined;
  return `This organization keeps pending invitations in Sentry's newer invitation model, outside its member list: ${plural(count, 'invitation')} ${count === 1 ? 'was' : 'were'} read from /invited-members/ and matched to the file, so nobody is invited twice. This action does not change, re-send or remove such invitations: do that in Sentry's settings.`;
}

/** On a pull request, the grants of owner or manager that merging makes only with an approval not given yet. */
export function awaitingApproval(plan: Plan): number {
  const { approval } = plan;
  if (!approval?.preview || approval.status.kind === 'approved') return 0;
  return plan.changes.filter((c) => privilegedRole(c)).length;
}

/** What merging (or an apply) does with a plan: the plan's last line. */
function endLine(plan: Plan, forecast: Forecast, split: { readonly fromPull: number } | undefined, waiting: number): string {
  const who = forecast.onPullRequest ? 'Merging' : 'An apply';
  if (forecast.refusal) return `${who} would be refused, writing nothing: ${refusalWords(forecast.refusal)}.`;
  const writes = plan.changes.length + (plan.withheld?.removals ?? 0) + (plan.withheld?.updates ?? 0);
  const blocked = plan.blocked.length + (plan.withheld?.blocked ?? 0);
  const making =
    writes === 0
      ? `${who} changes nothing in Sentry`
      : `${who} ${forecast.onPullRequest ? 'applies' : 'would make'} ${plural(writes, 'change')}${
          split ? ` (${split.fromPull} from this pull request, ${writes - split.fromPull} already different in Sentry)` : ''
        }`;
  const approvers = plan.approval?.approvers.join(', ');
  const asked =
    waiting > 0 && forecast.onPullRequest
      ? `, ${waiting === writes ? (waiting === 1 ? 'it' : 'all of them') : `${waiting} of them`} (owner and manager grants) only if one of ${approvers} approves the final head commit first`
      : '';
  const left =
    blocked > 0
      ? `; ${plural(blocked, 'blocked change')} ${blocked === 1 ? 'is' : 'are'} not made, and the run fails until ${blocked === 1 ? 'it is' : 'they are'} resolved`
      : '';
  const invitations = plan.changes.filter(sendsInvitation).length;
  const daily =
    invitations > DAILY_INVITATION_LIMIT
      ? `; Sentry sends at most ${DAILY_INVITATION_LIMIT} invitations a day, so the rest of the ${invitations} follow on the next runs`
      : '';
  return `${making}${asked}${left}${daily}.`;
}

/** The counts line every plan rendering starts with. */
export function planCounts(plan: Plan): string {
  const count = (kind: MemberChange['kind']) => plan.changes.filter((c) => c.kind === kind).length;
  const withheld = plan.withheld;
  return [
    `${count('update') + (withheld?.updates ?? 0)} to update`,
    `${count('invite') + count('reinvite')} to invite`,
    `${count('remove') + (withheld?.removals ?? 0)} to remove`,
    `${plan.blocked.length + (withheld?.blocked ?? 0)} blocked`,
    `${plan.unchanged} unchanged`,
    `${plan.unlisted.length + (withheld?.unlisted ?? 0)} unlisted`,
    `${plan.missing.length} missing`,
  ].join(', ');
}

/** What an apply did, counted from the whole result (writes a public repository does not name included). */
export interface ResultCounts {
  readonly applied: number;
  readonly failed: number;
  readonly blocked: number;
  readonly skipped: number;
  /** Invitations left for the next run by Sentry's daily invitation budget. */
  readonly deferred: number;
}

export function resultCounts(result: ApplyResult): ResultCounts {
  return {
    applied: result.applied.length,
    failed: result.failed.length,
    blocked: result.blocked.length + (result.withheld?.blocked ?? 0),
    skipped: result.skipped.length,
    deferred: result.deferred.length,
  };
}

/** Every change of an apply, whatever became of it. */
export function resultTotal(counts: ResultCounts): number {
  return counts.applied + counts.failed + counts.blocked + counts.skipped + counts.deferred;
}

/**
 * How an apply ended: every change made (or not needed), some of them, or none. Invitations
 * deferred to the next run make it partly applied, never failed: nothing went wrong.
 */
export function resultState(counts: ResultCounts): 'applied' | 'partly applied' | 'failed' {
  if (counts.failed === 0 && counts.blocked === 0) return counts.deferred > 0 ? 'partly applied' : 'applied';
  return counts.applied > 0 ? 'partly applied' : 'failed';
}

/** Deferred invitations, for a title or a status: `150 invitations deferred to the next run by Sentry's daily limit`. */
export function deferredWords(counts: ResultCounts): string | undefined {
  return counts.deferred > 0
    ? `${plural(counts.deferred, 'invitation')} deferred to the next run by Sentry's daily limit`
    : undefined;
}

/** The title of an apply's result: `applied 5 changes to acme`, `partly applied: 3 of 4 changes to acme`. */
export function resultTitle(counts: ResultCounts, organization: string): string {
  const total = resultTotal(counts);
  const deferred = deferredWords(counts);
  switch (resultState(counts)) {
    case 'applied':
      return total === 0
        ? `nothing to apply to ${organization}`
        : `applied ${plural(counts.applied, 'change')} to ${organization}${counts.skipped > 0 ? ` (${counts.skipped} more not needed)` : ''}`;
    case 'partly applied':
      return `partly applied: ${counts.applied} of ${plural(total, 'change')} to ${organization}${deferred ? `; ${deferred}` : ''}`;
    case 'failed':
      return `failed: none of ${plural(total, 'change')} applied to ${organization}`;
  }
}

export function resultCountsLine(counts: ResultCounts): string {
  return `${counts.applied} applied, ${counts.failed} failed, ${counts.blocked} blocked, ${counts.skipped} not needed${counts.deferred > 0 ? `, ${counts.deferred} deferred` : ''}`;
}

/**
 * An apply's result as a reviewer reads it: the outcome per member, failed first, then blocked,
 * made and not needed; then the plan's remarks. `shown` is what may be named (redact); the
 * counts come from `full`, so writes a public repository does not name are counted too.
 */
export function resultView(shown: ApplyResult, full: ApplyResult, plan: Plan, words: { readonly applied?: string } = {}): View {
  const counts = resultCounts(full);
  // Entries the public view leaves out (changes to members the file does not list), by kind.
  const hiddenOf = (all: readonly { readonly change: MemberChange }[], named: readonly { readonly change: MemberChange }[]) => {
    const removals = (entries: readonly { readonly change: MemberChange }[]) =>
      entries.filter(({ change: c }) => c.kind === 'remove').length;
    const total = Math.max(0, all.length - named.length);
    const removed = Math.max(0, removals(all) - removals(named));
    return { total, removals: removed, updates: total - removed };
  };
  const hiddenApplied = hiddenOf(full.applied, shown.applied);
  const hiddenFailed = hiddenOf(full.failed, shown.failed);
  const hiddenSkipped = hiddenOf(full.skipped, shown.skipped);
  const hiddenBlocked = Math.max(0, full.blocked.length - shown.blocked.length) + (full.withheld?.blocked ?? 0);
  const removed = hidden(hiddenApplied.total, plan.config, 'not in');
  const notRemoved = hidden(hiddenFailed.total, plan.config, 'not in');
  const notNeeded = hidden(hiddenSkipped.total, plan.config, 'not in');
  const withheld: Withheld = {
    unlisted: plan.withheld?.unlisted ?? 0,
    removals: hiddenApplied.removals + hiddenFailed.removals + hiddenSkipped.removals,
    updates: hiddenApplied.updates + hiddenFailed.updates + hiddenSkipped.updates,
    blocked: hiddenBlocked,
  };
  const anyHidden = withheld.removals + withheld.updates + withheld.blocked > 0;
  const notes = noteSections(plan, plan.withheld || anyHidden ? withheld : undefined);
  return {
    title: resultTitle(counts, plan.organization),
    counts: resultCountsLine(counts),
    config: plan.config,
    notices: [],
    attention: [],
    caution: [],
    parts: [
      {
        sections: [
          {
            title: 'Failed',
            tier: 'kept',
            counted: true,
            noun: ['failed write', 'failed writes'],
            outcome: 'FAILED',
            entries: byMember(shown.failed, (f) => change(f.change, PLANNED, [{ mark: 'failed', text: f.error }])),
            ...(notRemoved ? { hidden: notRemoved } : {}),
          },
          { ...blockedSection(shown.blocked, hiddenBlocked, plan.config), outcome: 'blocked' },
          deferredSection(shown.deferred),
          {
            title: words.applied ?? 'Applied',
            tier: 'routine',
            counted: true,
            noun: ['change', 'changes'],
            outcome: 'done',
            entries: byMember(shown.applied, (a) =>
              change(a.change, DONE, [
                ...approvalNotes(a.change, plan.approval),
                ...(a.changedDuringRun ? [{ mark: 'changed' as const, text: describeRunChange(a.changedDuringRun) }] : []),
              ]),
            ),
            ...(removed ? { hidden: removed } : {}),
          },
          {
            title: 'Not needed any more',
            subtitle: 'found so when the member was read again',
            tier: 'routine',
            counted: true,
            noun: ['change', 'changes'],
            outcome: 'not needed',
            entries: byMember(shown.skipped, (s) => change(s.change, PLANNED, [{ mark: 'info', text: s.reason }])),
            ...(notNeeded ? { hidden: notNeeded } : {}),
          },
        ],
      },
      { sections: notes },
    ],
  };
}

/** Invitations Sentry's daily budget left for the next run: not failures, said as such. */
function deferredSection(deferred: readonly DeferredChange[]): Section {
  return {
    title: 'Deferred to the next run',
    subtitle: "Sentry's daily invitation limit was reached",
    tier: 'risky',
    counted: true,
    noun: ['invitation', 'invitations'],
    outcome: 'deferred',
    entries: byMember(deferred, (d) =>
      change(d.change, PLANNED, [
        {
          mark: 'info',
          text: d.updated
            ? 'its role and teams were set; the re-sent invitation waits for the next run'
            : 'not sent: the next run sends it',
        },
      ]),
    ),
  };
}

/** How many entries (and hidden members) a section counts. */
export function countOf(section: Section): number {
  return section.entries.length + (section.hidden?.count ?? 0);
}

/** A section with nothing to say is left out. */
export function isEmpty(section: Section): boolean {
  return section.entries.length === 0 && !section.hidden;
}

/** Identical changes, grouped: what they do (in words for as many members as share it) and who, largest group first. */
export interface EntryGroup {
  readonly text: string;
  readonly who: readonly string[];
}

/** What a change entry says in one line: its details, then its notes. */
export function entryWords(entry: Extract<Entry, { kind: 'change' }>, many: boolean): string {
  return [...changeDetails(entry.change, { ...entry.wording, many }), ...entry.notes.map((note) => note.text)].join('; ');
}

/** The change entries of a section in groups of identical changes (plain lines are not grouped). */
export function groupEntries(entries: readonly Entry[]): EntryGroup[] {
  const groups = new Map<string, { first: Extract<Entry, { kind: 'change' }>; who: string[] }>();
  for (const entry of entries) {
    if (entry.kind !== 'change') continue;
    const key = `${entry.change.kind}\n${entryWords(entry, true)}`;
    const group = groups.get(key);
    if (group) group.who.push(entry.change.email);
    else groups.set(key, { first: entry, who: [entry.change.email] });
  }
  return [...groups.values()]
    .map(({ first, who }) => ({ text: entryWords(first, who.length > 1), who }))
    .sort((a, b) => b.who.length - a.who.length);
}

/** Whom a view may name: every member, or (redact) the members the file lists. */
export type Listed = ((email: string) => boolean) | undefined;

function named(changes: readonly MemberWrite[], listed: Listed): { shown: MemberWrite[]; unnamed: number } {
  const shown = listed ? changes.filter((c) => listed(c.email)) : [...changes];
  return { shown: shown.map((c) => ('name' in c && listed ? { ...c, name: '' } : c)), unnamed: changes.length - shown.length };
}

/**
 * How an apply compared with the reviewed plan, as sections a view starts with: the changes
 * added since the review (not reviewed), then the reviewed changes no longer made. They are
 * `kept` sections, so the size limit cuts them last and only as far as needed, like removals.
 */
export function reviewSections(check: ReviewCheck, config: string, listed: Listed): Section[] {
  if (!check.found) return [];
  const added = named(check.added, listed);
  const addedHidden = hidden(added.unnamed, config, 'not in');
  const sections: Section[] = [
    {
      title: 'Added since the review',
      subtitle: 'not reviewed',
      tier: 'kept',
      counted: true,
      noun: ['change', 'changes'],
      entries: byEmail(added.shown).map((c) => change(c)),
      ...(addedHidden ? { hidden: addedHidden } : {}),
    },
    {
      title: 'Dropped since the review',
      subtitle: 'reviewed, no longer needed or no longer possible',
      tier: 'kept',
      counted: true,
      noun: ['change', 'changes'],
      entries: [...check.dropped].sort().map((words): Entry => ({ kind: 'line', text: words })),
    },
  ];
  return sections.filter((section) => !isEmpty(section));
}

/** Changes a scheduled or hand-started apply did not make under require, as the section a view starts with. */
export function waitingSections(waiting: Waiting, config: string, listed: Listed): Section[] {
  const held = named(waiting.changes, listed);
  const heldHidden = hidden(held.unnamed, config, 'not in');
  return [
    {
      title: 'Waiting for review',
      subtitle: 'not made: no apply on merge applied these changes of the config',
      tier: 'kept',
      counted: true,
      noun: ['change', 'changes'],
      entries: byEmail(held.shown).map((c) => change(c)),
      ...(heldHidden ? { hidden: heldHidden } : {}),
    },
  ];
}

/** A view with some sections first (how it compared with the review, what waits for review). */
export function withLead(view: View, sections: readonly Section[]): View {
  return sections.length === 0 ? view : { ...view, parts: [{ sections }, ...view.parts] };
}

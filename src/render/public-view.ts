import type { ApplyResult } from '../apply/apply.ts';
import type { BlockedChange, BlockReason, MemberChange, Plan, Withheld } from '../plan/types.ts';

/**
 * What a public repository may show of a plan: nothing from Sentry that the config does not
 * already say. Changes to members the file does not list (removals of unlisted members, and
 * unlisted members taken off a team that has a section), and those members themselves, are
 * counted, never named or shown by email; display names from Sentry are left out for everyone;
 * a reason that names the token's user by an email the file does not list names its role only
 * (the reason is data: its caller loses the email). The plan itself (plan.json) keeps
 * everything: this is a view for the log, the summary, annotations, the comment, the drift issue
 * and the hidden reviewed-plan record.
 */
export function publicPlan(plan: Plan, listed: (email: string) => boolean): Plan {
  const unnamed = (change: MemberChange) => !listed(change.email);
  const hiddenChanges = plan.changes.filter(unnamed);
  const withheld: Withheld = {
    unlisted: plan.unlisted.length + (plan.withheld?.unlisted ?? 0),
    removals: hiddenChanges.filter((change) => change.kind === 'remove').length + (plan.withheld?.removals ?? 0),
    updates: hiddenChanges.filter((change) => change.kind !== 'remove').length + (plan.withheld?.updates ?? 0),
    blocked: plan.blocked.filter((blocked) => unnamed(blocked.change)).length + (plan.withheld?.blocked ?? 0),
  };
  return {
    ...plan,
    changes: plan.changes.filter((change) => !unnamed(change)).map(withoutName),
    blocked: plan.blocked.filter((blocked) => !unnamed(blocked.change)).map((blocked) => publicBlocked(blocked, listed)),
    unlisted: [],
    withheld,
    // Records that do not fit keep their ids, not the text Sentry has for an email.
    ...(plan.unfit
      ? {
          unfit: plan.unfit.map((record) =>
            record.problem.kind === 'not-an-address' ? { ...record, problem: { kind: 'not-an-address' as const } } : record,
          ),
        }
      : {}),
    // Invitations of the newer model the file does not list are counted (unlisted), never named.
    ...(plan.modelInvitations ? { modelInvitations: plan.modelInvitations.filter((note) => listed(note.email)) } : {}),
  };
}

/** The public view of an apply's result (see publicPlan). */
export function publicResult(result: ApplyResult, listed: (email: string) => boolean): ApplyResult {
  const shown = <T extends { change: MemberChange }>(entries: readonly T[]) =>
    entries.filter(({ change }) => listed(change.email));
  const hiddenWrites = [...result.applied, ...result.failed, ...result.skipped].filter(({ change }) => !listed(change.email));
  return {
    applied: shown(result.applied).map((entry) => ({ ...entry, change: withoutName(entry.change) })),
    failed: shown(result.failed).map((entry) => ({
      ...entry,
      change: withoutName(entry.change),
      error: withoutEmails(entry.error, listed),
    })),
    skipped: shown(result.skipped).map((entry) => ({ ...entry, change: withoutName(entry.change) })),
    deferred: result.deferred.map((entry) => ({ ...entry, change: withoutName(entry.change) })),
    blocked: shown(result.blocked).map((blocked) => publicBlocked(blocked, listed)),
    withheld: {
      unlisted: 0,
      removals: hiddenWrites.filter(({ change }) => change.kind === 'remove').length,
      updates: hiddenWrites.filter(({ change }) => change.kind !== 'remove').length,
      blocked: result.blocked.length - shown(result.blocked).length,
    },
  };
}

function publicBlocked(blocked: BlockedChange, listed: (email: string) => boolean): BlockedChange {
  return {
    change: withoutName(blocked.change),
    reasons: blocked.reasons.map((reason) => publicReason(reason, listed)),
  };
}

/** A reason that names the token's user by an email the file does not list names its role only. */
function publicReason(reason: BlockReason, listed: (email: string) => boolean): BlockReason {
  if (!('caller' in reason) || reason.caller.email === undefined || listed(reason.caller.email)) return reason;
  return { ...reason, caller: { orgRole: reason.caller.orgRole } };
}

function withoutName<T extends MemberChange>(change: T): T {
  return 'name' in change ? { ...change, name: '' } : change;
}

/**
 * A failed write's error (Sentry's words, or the apply's about another member): its emails that
 * the file does not list, replaced. Free text from a server has no structure to redact from.
 */
function withoutEmails(text: string, listed: (email: string) => boolean): string {
  return text.replace(/[^\s(),;:<>"'[\]]+@[^\s(),;:<>"'[\]]+\.[A-Za-z]{2,}/g, (email) =>
    listed(email) ? email : 'a member not in the file',
  );
}

/** How a reader of a public repository sees what was left out. */
export function withheldNote(withheld: Withheld, config: string): string | undefined {
  const some = (count: number, one: string, many: string) => (count > 0 ? `${count} ${count === 1 ? one : many}` : '');
  const parts = [
    some(withheld.removals, `removal of a member not in ${config}`, `removals of members not in ${config}`),
    some(withheld.updates, `member not in ${config} taken off a team`, `members not in ${config} taken off teams`),
    some(withheld.blocked, 'blocked change', 'blocked changes'),
    some(withheld.unlisted, `member in Sentry not in ${config}`, `members in Sentry not in ${config}`),
  ].filter((part) => part !== '');
  if (parts.length === 0) return undefined;
  return `Not named here, because this repository is public (redact): ${parts.join(', ')}; display names are left out too. To see everything, run \`sentry-members-sync plan\` locally (the command line shows everything), or set the input \`redact: false\`.`;
}

import { messageOf } from '../domain/errors.ts';
import type { Failure, RunWarning } from '../engine/run.ts';
import { DAILY_INVITATION_LIMIT } from '../plan/invitations.ts';
import { SentryApiError } from '../sentry/errors.ts';
import { SettingError, type SettingName } from '../settings/table.ts';
import { plural } from './validation.ts';

/** How a front door speaks: its names for settings, and where it shows the details of a failure. */
export interface Words {
  /** `input "max-changes"` in the action, `--max-changes` on the command line. */
  readonly setting: (name: SettingName) => string;
  /** Where the listed problems, blocked changes and failed writes are shown. */
  readonly listed: string;
  /** What to do once the file is fixed. */
  readonly again: string;
  /** Where a new Sentry token goes, once created. */
  readonly newToken: string;
}

/** The message of anything thrown, Error or not; a refused setting in this front door's words. */
export function describeError(error: unknown, words?: Pick<Words, 'setting' | 'newToken'>): string {
  if (error instanceof SettingError) {
    return `${words ? words.setting(error.setting) : error.setting}${error.value ? ` is "${error.value}"` : ''}: ${error.problem}`;
  }
  if (error instanceof SentryApiError && words)
    return error.describe({ url: words.setting('sentry-url'), newToken: words.newToken });
  return messageOf(error);
}

/** How changes that were not reviewed get applied deliberately under reviewed-plan: require (docs/behaviour.md, section 10). */
const DELIBERATELY =
  'To apply the changes, open a new pull request that touches the config, so that its plan (which shows them) is reviewed, and merge it; or run the workflow by hand with mode apply and reviewed-plan warn, which makes them and lists what was not reviewed';

/** A failure in words: what went wrong and what to do (docs/behaviour.md, section 2). */
export function describeFailure(failure: Failure, words: Words): string {
  switch (failure.kind) {
    case 'invalid-config':
      return `${failure.file} has ${plural(failure.errors, 'error')} (${words.listed}): fix them and ${words.again}`;
    case 'read-failed':
      return `reading the organization "${failure.organization}" from Sentry failed, so nothing was written: ${describeError(failure.error, words)}`;
    case 'unknown-teams':
      return `${failure.file} names ${plural(failure.teams, 'team')} that the organization does not have (${words.listed}): nothing was written`;
    case 'github-teams':
      return `${failure.file} follows ${plural(failure.teams, 'GitHub team')} that cannot be read (${words.listed}): nothing was written. Check each team's name and that the token may read it, then ${words.again}`;
    case 'blocked': {
      const others = {
        none: 'there are no other changes',
        'to-make': 'apply makes the other changes',
        made: 'the other changes were made',
      }[failure.others];
      const approve =
        'merge a pull request that one of the approvers in approvals.privileged, not its author, approves on its final head commit';
      if (failure.needApproval === failure.blocked)
        return `${plural(failure.blocked, 'owner or manager grant', 'owner and manager grants')} cannot be made without an approval (blocked, ${words.listed}): ${approve}; ${others}`;
      const grants = failure.needApproval
        ? ` (${failure.needApproval} of them ${failure.needApproval === 1 ? 'is an owner or manager grant that needs' : 'are owner and manager grants that need'} an approval: ${approve})`
        : '';
      return `${plural(failure.blocked, 'change')} cannot be made (blocked, ${words.listed}): fix the file or the organization${grants}; ${others}`;
    }
    case 'drift':
      return `${plural(failure.members, 'member')} differ from ${failure.file} (drift): run apply, or update the file`;
    case 'guard': {
      const { guard, count, limit, percent } = failure.refusal;
      const what = guard === 'max-changes' ? `writes to ${plural(count, 'member')}` : `removes ${plural(count, 'member')}`;
      const value = percent ? `${percent.percent}% of ${plural(percent.of, 'member')} and invitations: ${limit}` : String(limit);
      return `the plan ${what}, more than ${words.setting(guard)} (${value}): nothing was written. Review the plan; if it is intended, raise ${words.setting(guard)} (0 = no limit) for the run that applies it`;
    }
    case 'unreviewed': {
      const require = `${words.setting('reviewed-plan')} is require`;
      if (failure.scheduled)
        return `nothing was written, because which changes of the config an apply on merge applied could not be read from GitHub (${failure.unreadable ?? 'no answer'}) and ${require}: a scheduled or hand-started apply then makes no change that may not have been reviewed. ${DELIBERATELY}`;
      const where = failure.pull === undefined ? 'this commit came from no merged pull request' : `pull request #${failure.pull}`;
      const why = failure.unreadable
        ? `the reviewed plan could not be read from GitHub (${failure.unreadable})`
        : failure.untrusted
          ? `the plan comment on ${where} cannot be trusted: ${failure.untrusted}`
          : !failure.found
            ? `no reviewed plan was found (${where}${failure.pull === undefined ? '' : ' has no current plan in its comment: was it planned with comment: false, or did its last plan fail?'})`
            : failure.unnamedUncompared
              ? `${plural(failure.unnamedUncompared, 'change')} to members the file does not list cannot be compared with the plan reviewed on ${where} (a public repository records them without naming anyone, so only for the config they were planned from, and the config is not that one)`
              : `the plan differs from the one reviewed on ${where}: ${plural(failure.added, 'change')} added, ${failure.dropped} dropped since the review`;
      return `nothing was written, because ${why} and ${require}. ${DELIBERATELY}`;
    }
    case 'writes-failed':
      return `${plural(failure.failed, 'member write')} failed (${words.listed}), ${failure.applied} succeeded: fix the cause and run again; the next run makes only what is still missing`;
  }
}

/** A warning of a run in words: what happened and what comes next (docs/behaviour.md, section 2). */
export function describeWarning(warning: RunWarning): string {
  switch (warning.kind) {
    case 'invitations-deferred': {
      const updated =
        warning.updated > 0
          ? ` (${warning.updated} of them ${warning.updated === 1 ? 'an update whose' : 'updates whose'} role and teams were set: only the re-sent invitation waits)`
          : '';
      return `${plural(warning.deferred, 'invitation')} not sent${updated}: Sentry's daily invitation limit was reached (${DAILY_INVITATION_LIMIT} a day per user and per organization). Nothing failed: the next run sends them, from 00:00 UTC when the limit is whole again (a nightly schedule carries on by itself)`;
    }
  }
}

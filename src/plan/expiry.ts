import type { Grant, MemberSpec } from '../config/model.ts';
import type { Desired } from './desired.ts';
import type { GrantNote, PlanWarning } from './types.ts';

/**
 * Temporary access as the plan notes it (docs/behaviour.md, section 1.3): the grants that hold,
 * with their ends; a warning for what ends soon; and, on a change that carries out an ended
 * grant, why.
 */

const DAY = 86_400_000;

/** The instant the plan is made for, and how soon an end is warned about. */
export interface ExpiryWindow {
  readonly now: number;
  readonly warningDays: number;
}

/** Grants that hold (listed with their end), and what ends within the window (a warning on its line). */
export function expiryNotes(
  spec: MemberSpec,
  desired: Desired,
  window: ExpiryWindow,
  notes: GrantNote[],
  warnings: PlanWarning[],
): void {
  const { now } = window;
  const soon = now + window.warningDays * DAY;
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
        file,
      });
  }
  if (spec.until && !desired.ended && spec.until.end <= soon)
    warnings.push({
      message: `the entry of ${spec.email} ends ${spec.until.text} (${daysFrom(now, spec.until.end)}): the member is removed then`,
      line: spec.source.entry.line,
      file,
    });
}

function daysFrom(now: number, end: number): string {
  const days = Math.ceil((end - now) / DAY);
  return days <= 1 ? 'within a day' : `in ${days} days`;
}

/** What a grant gives, in words: "org role manager and team incident (admin)". */
function grantWords(grant: Grant): string {
  const parts = [
    ...(grant.role ? [`org role ${grant.role}`] : []),
    ...[...(grant.teams ?? [])].map(([team, role]) => `team ${team}${role ? ` (${role})` : ''}`),
  ];
  return parts.join(' and ');
}

/** The grants that ended, in words, for a change that carries them out. */
export function endedGrants(desired: Desired, spec: MemberSpec): string[] {
  return desired.past.map(
    (grant) => `grant ended ${grant.until.text}: ${grantWords(grant)}${grant.role ? ` -> ${spec.role}` : ''}`,
  );
}

import type { ApplyResult } from '../apply/apply.ts';
import { escapeInvisible } from '../domain/text.ts';
import type { BlockedChange, MemberChange, Plan, TeamChange } from '../plan/types.ts';
import { withheldNote } from './public-view.ts';
import { plural } from './validation.ts';

/**
 * Lines for a terminal or the Actions log, with text from Sentry in them made harmless: newlines,
 * control, bidirectional and zero-width characters shown escaped (`\u202e`), so a name cannot
 * start a line of its own; and no line can start a workflow command (`::`), however it begins.
 */
export function logLines(lines: readonly string[]): string {
  return `${lines.map((line) => escapeInvisible(line).replace(/^(\s*)::/, '$1\\u003a:')).join('\n')}\n`;
}

/** Removals the plan makes, shown or withheld. */
export function removalsOf(plan: Plan): number {
  return plan.changes.filter((change) => change.kind === 'remove').length + (plan.withheld?.removals ?? 0);
}

/** The counts line every rendering starts with. */
export function planCounts(plan: Plan): string {
  const count = (kind: MemberChange['kind']) => plan.changes.filter((change) => change.kind === kind).length;
  const withheld = plan.withheld;
  return [
    `${count('update')} to update`,
    `${count('invite') + count('reinvite')} to invite`,
    `${count('remove') + (withheld?.removals ?? 0)} to remove`,
    `${plan.blocked.length + (withheld?.blockedRemovals ?? 0)} blocked`,
    `${plan.unchanged} unchanged`,
    `${plan.unlisted.length + (withheld?.unlisted ?? 0)} unlisted`,
    `${plan.missing.length} missing`,
  ].join(', ');
}

export function describeTeamChange(change: TeamChange): string {
  switch (change.kind) {
    case 'join':
      return `+ ${change.team} (${change.role})`;
    case 'leave':
      return `- ${change.team}`;
    case 'role':
      return `~ ${change.team}: ${change.from} -> ${change.to}`;
  }
}

/** The lines under a change's heading: role and teams for updates, what is sent for the others. */
export function changeDetails(change: MemberChange): string[] {
  switch (change.kind) {
    case 'update':
      return [
        ...(change.orgRole ? [`role: ${change.orgRole.from} -> ${change.orgRole.to}`] : []),
        ...change.teams.map(describeTeamChange),
        ...(change.reinvite ? [REINVITED] : []),
      ];
    case 'invite':
      return [
        `role: ${change.orgRole}`,
        ...change.teamRoles.map((team) => `+ ${team.teamSlug}${team.role ? ` (${team.role})` : ''}`),
      ];
    case 'reinvite':
      return [REINVITED];
    case 'remove':
      return [`role: ${change.orgRole}${change.pending ? ' (pending invite)' : ''}`];
    case 'conflict':
      return change.members.map((member) => `id ${member.memberId}: ${member.email}${member.pending ? ' (pending invite)' : ''}`);
  }
}

const REINVITED = 'expired invitation: re-sent with a new link';

export function changeHeading(change: MemberChange): string {
  const who =
    change.kind === 'invite' || change.kind === 'conflict' || change.name === change.email || !change.name
      ? change.email
      : `${change.email} (${change.name})`;
  const mark = { update: '~', reinvite: '~', invite: '+', remove: '-', conflict: '!' }[change.kind];
  const what = change.kind === 'update' && change.pending ? 'update invite' : change.kind;
  return `${mark} ${what} ${who}`;
}

function blockedLines(blocked: BlockedChange): string[] {
  return [
    `! blocked: ${changeHeading(blocked.change).slice(2)}`,
    ...changeDetails(blocked.change).map((line) => `    ${line}`),
    ...blocked.reasons.map((reason) => `    because ${reason}`),
  ];
}

/** The plan for a terminal or the Actions log. */
export function planText(plan: Plan): string {
  const lines = [`Plan for Sentry organization "${plan.organization}" from ${plan.config}`, `  ${planCounts(plan)}`];
  const removals = removalsOf(plan);
  if (removals > 0) lines.push('', `WARNING: this plan removes ${plural(removals, 'member')} from the organization.`);
  if (plan.changes.length === 0 && plan.blocked.length === 0) lines.push('', 'No changes: the organization matches the file.');
  for (const change of plan.changes) lines.push('', changeHeading(change), ...changeDetails(change).map((line) => `    ${line}`));
  for (const blocked of plan.blocked) lines.push('', ...blockedLines(blocked));
  if (plan.unlisted.length > 0) {
    lines.push('', `Unlisted (in Sentry, not in ${plan.config}; unlisted: report):`);
    for (const note of plan.unlisted) lines.push(`    ${note.email} (${note.orgRole}${note.pending ? ', pending invite' : ''})`);
  }
  if (plan.missing.length > 0) {
    lines.push('', `Missing (in ${plan.config}, not in Sentry; missing: report):`);
    for (const note of plan.missing) lines.push(`    ${note.email} (${note.orgRole})`);
  }
  if (plan.warnings.length > 0) {
    lines.push('', 'Warnings:');
    for (const warning of plan.warnings) lines.push(`    ${warning.line ? `line ${warning.line}: ` : ''}${warning.message}`);
  }
  const note = plan.withheld && withheldNote(plan.withheld, plan.config);
  if (note) lines.push('', note);
  return logLines(lines);
}

/** The counts of an apply, withheld removals included. */
export function applyCounts(result: ApplyResult): string {
  const hidden = result.withheld;
  return `Applied ${plural(result.applied.length, 'member write')}, ${result.failed.length} failed, ${result.blocked.length + (hidden?.blockedRemovals ?? 0)} blocked${result.skipped.length > 0 ? `, ${result.skipped.length} not needed` : ''}${hidden && hidden.removals > 0 ? `, ${hidden.removals} removal${hidden.removals === 1 ? '' : 's'} of members not in the file (not named: redact)` : ''}`;
}

/** What an apply did, for the log. */
export function applyText(result: ApplyResult): string {
  const lines = [`${applyCounts(result)}.`];
  for (const done of result.applied)
    lines.push(`    done: ${changeHeading(done.change).slice(2)}${done.changedDuringRun ? ` (${done.changedDuringRun})` : ''}`);
  for (const skipped of result.skipped)
    lines.push(`    not needed: ${changeHeading(skipped.change).slice(2)}: ${skipped.reason}`);
  for (const failure of result.failed) lines.push(`    FAILED: ${changeHeading(failure.change).slice(2)}: ${failure.error}`);
  for (const blocked of result.blocked)
    lines.push(`    blocked: ${changeHeading(blocked.change).slice(2)}: ${blocked.reasons.join('; ')}`);
  return logLines(lines);
}

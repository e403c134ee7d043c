import type { Config } from '../config/model.ts';
import type { ModelInvitation, ObservedMember } from '../domain/org-state.ts';
import type { MemberDecision, MemberWrite, ModelInvitationNote, PlanWarning } from './types.ts';

/**
 * Invitations at Sentry's edges (docs/behaviour.md, section 6): its daily invitation budget, and
 * invitations of its newer invitation model, which the member list leaves out.
 */

/** Sentry's documented daily invitation limit, per user (or token) and per organization. */
export const DAILY_INVITATION_LIMIT = 100;

/** A change that spends Sentry's invitation budget: an invitation, or a re-sent one. */
export function sendsInvitation(change: MemberWrite): boolean {
  return change.kind === 'invite' || change.kind === 'reinvite' || (change.kind === 'update' && change.reinvite === true);
}

/** The plan's warning when it sends more invitations than Sentry sends in a day. */
export function invitationBudgetWarning(changes: readonly MemberWrite[]): PlanWarning | undefined {
  const count = changes.filter(sendsInvitation).length;
  if (count <= DAILY_INVITATION_LIMIT) return undefined;
  const days = Math.ceil(count / DAILY_INVITATION_LIMIT);
  return {
    message: `this plan sends ${count} invitations, more than Sentry sends in a day (${DAILY_INVITATION_LIMIT} per user and per organization, fewer when some were sent today): an apply sends them until Sentry's daily limit answers and leaves the rest to the next runs, without failing (at least ${days} days of runs, e.g. the nightly schedule)`,
  };
}

/** The pending invitations of the newer model by email (lower-cased), when they were read. */
export function invitationsByEmail(invitations: readonly ModelInvitation[] | undefined): Map<string, ModelInvitation> {
  const byEmail = new Map<string, ModelInvitation>();
  for (const invitation of invitations ?? []) {
    const email = invitation.email.toLowerCase();
    if (!byEmail.has(email)) byEmail.set(email, invitation);
  }
  return byEmail;
}

/** An invitation of the newer model as the planner's rules see a pending member. */
export function asPendingMember(invitation: ModelInvitation): ObservedMember {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.email,
    orgRole: invitation.orgRole,
    pending: true,
    expired: invitation.expired,
    flags: { idpProvisioned: false, idpRoleRestricted: false, partnershipRestricted: false },
    teams: invitation.teams,
  };
}

/** What a change the file asks of an invitation would do, in words (it is never made). */
function wanted(change: MemberWrite | undefined): string[] {
  if (change === undefined) return [];
  if (change.kind === 'remove') return ['removal (the file does not list it)'];
  if (change.kind !== 'update') return [];
  return [
    ...(change.orgRole ? [`org role ${change.orgRole.from} -> ${change.orgRole.to}`] : []),
    // A team role that only follows the org role is not a change of its own.
    ...change.teams
      .flatMap((team) => (team.kind === 'role' && team.followsOrgRole ? [] : [team]))
      .map((team) =>
        team.kind === 'join'
          ? `joins ${team.team}`
          : team.kind === 'leave'
            ? `leaves ${team.team}`
            : `${team.team}: ${team.from} -> ${team.to}`,
      ),
  ];
}

/**
 * The note (and warnings) for a pending invitation of the newer model: matched to the file, so
 * that nobody is invited twice; what the file asks of it that it does not have is said, never
 * sent (this action writes only to members of the member list).
 */
export function modelInvitationNote(
  invitation: ModelInvitation,
  decision: MemberDecision,
  config: Config,
  entry: { line: number; file?: string } | undefined,
  warnings: PlanWarning[],
): ModelInvitationNote {
  const differs = wanted(decision.change);
  const where = entry ? { line: entry.line, ...(entry.file ? { file: entry.file } : {}) } : {};
  const what = `${invitation.email} has a pending invitation of Sentry's newer invitation model (invitation ${invitation.id}), which this action reads but does not change`;
  // One the file does not list is counted in a warning of its own, naming nobody (a public view shows the warnings).
  if (entry && differs.length > 0)
    warnings.push({
      message: `${what}: the file asks for ${differs.join(', ')}. Change the invitation in Sentry's settings, or wait until it is accepted: the next run then makes the change`,
      ...where,
    });
  if (entry && invitation.expired)
    warnings.push({
      message: `${what}: it has expired, so it can no longer be accepted. Re-send it in Sentry's settings${config.missing === 'invite' ? ' (missing: invite re-sends only invitations of the member list)' : ''}`,
      ...where,
    });
  return {
    invitationId: invitation.id,
    email: invitation.email,
    orgRole: invitation.orgRole,
    expired: invitation.expired,
    ...where,
    ...(differs.length > 0 ? { differs } : {}),
  };
}

/** The warning for invitations of the newer model the file does not list but would change (remove, or take off a team). */
export function unlistedInvitationsWarning(count: number): PlanWarning | undefined {
  if (count === 0) return undefined;
  return {
    message: `${count === 1 ? '1 pending invitation' : `${count} pending invitations`} of Sentry's newer invitation model ${count === 1 ? 'is' : 'are'} not as the file says (not listed, or on a team whose section does not name ${count === 1 ? 'it' : 'them'}): this action reads such invitations but does not change or remove them. Delete or change ${count === 1 ? 'it' : 'them'} in Sentry's settings, or wait until accepted: the next run then treats the members as usual`,
  };
}

/** The warning for a member that also has a pending invitation of the newer model (one email, two records). */
export function doubleInvitationWarning(
  invitation: ModelInvitation,
  entry: { line: number; file?: string } | undefined,
): PlanWarning {
  return {
    message: `${entry ? invitation.email : 'a member'} is in the organization and also has a pending invitation of Sentry's newer invitation model (invitation ${invitation.id}): delete that invitation in Sentry's settings`,
    ...(entry ? { line: entry.line, ...(entry.file ? { file: entry.file } : {}) } : {}),
  };
}

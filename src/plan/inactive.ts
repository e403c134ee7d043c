import type { MemberSpec } from '../config/model.ts';
import type { ObservedMember } from '../domain/org-state.ts';
import type { InactiveMembers, InactiveNote, NeverActiveNote } from './types.ts';

/**
 * Inactive members (docs/behaviour.md, section 5): of the members the file keeps, those whose
 * account Sentry last saw active `days` days or more before the plan's instant, with that date
 * and the line that keeps them, and apart those Sentry never saw active. From the member list
 * the plan reads anyway (`user.lastActive`): no request of its own. Pending invitations have no
 * account and are not members: never listed. Nothing is removed for it.
 */

const DAY = 86_400_000;

/** Collects, member by member, what the plan lists; `days` 0 lists nothing. */
export class InactiveList {
  readonly #days: number;
  readonly #since: number;
  readonly #now: number;
  readonly #members: InactiveNote[] = [];
  readonly #never: NeverActiveNote[] = [];

  constructor(days: number, now: number) {
    this.#days = days;
    this.#now = now;
    this.#since = now - days * DAY;
  }

  /** A member of the organization the file keeps with `spec` (its entry: the line that keeps it). */
  add(member: ObservedMember, spec: MemberSpec, file: { file?: string }): void {
    if (this.#days <= 0 || member.pending || member.lastActive === undefined) return;
    const where = { memberId: member.id, email: member.email, line: spec.source.entry.line, ...file };
    if (member.lastActive === null) this.#never.push(where);
    else if (member.lastActive <= this.#since)
      this.#members.push({
        ...where,
        lastActive: new Date(member.lastActive).toISOString(),
        days: Math.floor((this.#now - member.lastActive) / DAY),
      });
  }

  /** The list, oldest activity first (then by email), never-active accounts by email; undefined when off. */
  result(): InactiveMembers | undefined {
    if (this.#days <= 0) return undefined;
    const byEmail = (a: { email: string }, b: { email: string }) => a.email.localeCompare(b.email);
    return {
      days: this.#days,
      members: this.#members.sort((a, b) => a.lastActive.localeCompare(b.lastActive) || byEmail(a, b)),
      neverActive: this.#never.sort(byEmail),
    };
  }
}

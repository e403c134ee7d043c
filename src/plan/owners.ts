import type { OrgState } from '../domain/org-state.ts';
import type { BlockedChange, BlockReason, MemberWrite } from './types.ts';

/**
 * The owner floor (docs/behaviour.md, section 1.4): no change may leave fewer active owners than
 * min-owners. Pending invitations are not owners yet, so they neither count nor are counted; an
 * owner whose record does not fit counts (it is never written to, so never taken away).
 */

/** The count of active owners, and the floor a change may not take it below. */
export interface OwnerRule {
  readonly owners: number;
  readonly minOwners: number;
}

export function ownerRule(state: OrgState, minOwners: number): OwnerRule {
  // An owner whose record does not fit (an SSO account without an email) is an owner all the same.
  const active = (records: readonly { orgRole?: string; pending: boolean }[]) =>
    records.filter((record) => record.orgRole === 'owner' && !record.pending).length;
  return { owners: active(state.members) + active(state.unfit ?? []), minOwners };
}

/** A change that takes an active owner away: a demotion or a removal of one. */
export function losesOwner(change: MemberWrite): boolean {
  if (change.kind === 'update') return !change.pending && change.orgRole?.from === 'owner' && change.orgRole.to !== 'owner';
  return change.kind === 'remove' && !change.pending && change.orgRole === 'owner';
}

/** The reason a change that loses an owner is blocked, when the owners left would be below the floor. */
export function ownerFloor(rule: OwnerRule): BlockReason | undefined {
  return rule.owners - 1 < rule.minOwners ? { kind: 'owner-floor', minOwners: rule.minOwners, owners: rule.owners } : undefined;
}

/**
 * min-owners across the plan: changes that take an active owner away are allowed, in email
 * order, while the active owners left stay at least min-owners; the rest are blocked with that
 * reason.
 */
export function keepOwners(
  changes: readonly MemberWrite[],
  blocked: readonly BlockedChange[],
  rule: OwnerRule,
): { changes: MemberWrite[]; blocked: BlockedChange[] } {
  let owners = rule.owners;
  const allowed = new Set<MemberWrite>();
  for (const change of changes.filter(losesOwner).sort((a, b) => a.email.localeCompare(b.email))) {
    if (ownerFloor({ owners, minOwners: rule.minOwners }) === undefined) {
      allowed.add(change);
      owners--;
    }
  }
  const kept: MemberWrite[] = [];
  const stopped: BlockedChange[] = [...blocked];
  for (const change of changes) {
    if (!losesOwner(change) || allowed.has(change)) kept.push(change);
    else stopped.push({ change, reasons: [{ kind: 'owner-floor', minOwners: rule.minOwners, owners }] });
  }
  return { changes: kept, blocked: stopped };
}

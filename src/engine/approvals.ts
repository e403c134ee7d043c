import type { Approvals } from '../config/model.ts';
import { messageOf } from '../domain/errors.ts';
import type { GitHubReads } from '../github/reads.ts';
import {
  type ApprovalEvidence,
  type ApprovalRun,
  approvalGate,
  type MembershipFact,
  membershipsToRead,
  pullToRead,
} from '../plan/approvals.ts';
import type { ApprovalGate } from '../plan/types.ts';

/** The reads an approval needs: the pull request, its reviews (every page) and team memberships. */
export type ApprovalReads = Pick<GitHubReads, 'pull' | 'reviews' | 'teamMembership'>;

/** What the engine is told to read an approval with: which run this is, and GitHub (undefined: no token or repository). */
export interface ApprovalSource {
  readonly run: ApprovalRun;
  readonly reads: ApprovalReads | undefined;
}

/**
 * The gate of this run's owner and manager grants (docs/behaviour.md, section 12): reads the
 * pull request that can carry an approval (its author, head and merge; its reviews; the team
 * memberships of reviewers not listed by login), then decides with the pure rules. Never
 * throws: a read that fails is evidence that could not be read, which blocks the grants only.
 */
export async function readApprovalGate(
  approvals: Approvals,
  source: ApprovalSource,
  mode: 'plan' | 'check' | 'apply',
): Promise<ApprovalGate> {
  return approvalGate(approvals, source.run, mode, await readEvidence(approvals, source, mode));
}

async function readEvidence(
  approvals: Approvals,
  { run, reads }: ApprovalSource,
  mode: 'plan' | 'check' | 'apply',
): Promise<ApprovalEvidence> {
  const number = pullToRead(run, mode);
  if (number === undefined) return { kind: 'none' };
  if (!reads)
    return {
      kind: 'unreadable',
      detail: 'there is no GitHub token or repository to read its reviews with (input "github-token")',
    };
  let pull: Awaited<ReturnType<ApprovalReads['pull']>>;
  let reviews: Awaited<ReturnType<ApprovalReads['reviews']>>;
  try {
    [pull, reviews] = await Promise.all([reads.pull(number), reads.reviews(number)]);
  } catch (error) {
    return { kind: 'unreadable', detail: messageOf(error) };
  }
  const memberships = await Promise.all(
    membershipsToRead(approvals, run, pull, reviews).map(async ({ org, team, login }): Promise<MembershipFact> => {
      try {
        const membership = await reads.teamMembership(org, team, login);
        return { org, team, login, active: membership?.state === 'active' };
      } catch (error) {
        return { org, team, login, failed: messageOf(error) };
      }
    }),
  );
  return { kind: 'read', pull, reviews, memberships };
}

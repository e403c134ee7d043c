/**
 * Privileged changes need a second person (docs/behaviour.md, section 12), as tables on the pure
 * part: which changes need an approval, what the evidence of a run says, which memberships are
 * worth reading, and the plan the gate gives (blocked with its reason, or made, the rest alike).
 */
import { describe, expect, it } from 'vitest';
import type { Approvals } from '../../src/config/model.ts';
import { checkReview } from '../../src/engine/review.ts';
import {
  type ApprovalEvidence,
  type ApprovalRun,
  approvalGate,
  approvalStatus,
  type MembershipFact,
  membershipsToRead,
  type PullFacts,
  privilegedRole,
  type ReviewFacts,
} from '../../src/plan/approvals.ts';
import { changeDigest, configDigest, planDigest } from '../../src/plan/digest.ts';
import { createPlan } from '../../src/plan/plan.ts';
import type { ApprovalGate, MemberChange } from '../../src/plan/types.ts';
import { describeReasons } from '../../src/render/reasons.ts';
import { file, organization, rules } from './builders.ts';

const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
const EARLIER = 'eeee1111eeee1111eeee1111eeee1111eeee1111';
const MERGE = '0123456789abcdef0123456789abcdef01234567';
const approvals: Approvals = {
  privileged: [
    { kind: 'person', login: 'octocat' },
    { kind: 'team', org: 'acme', team: 'sentry-admins' },
  ],
  file: 'sentry-members.yml',
  position: { line: 40, column: 1 },
};
const pull: PullFacts = { number: 7, author: 'dev', headSha: HEAD };
const merge: ApprovalRun = { kind: 'push', commit: MERGE, pull: 7 };
const approved = (reviewer: string, commitId = HEAD): ReviewFacts => ({ reviewer, state: 'APPROVED', commitId });
const review = (reviewer: string, state: ReviewFacts['state'], commitId = HEAD): ReviewFacts => ({ reviewer, state, commitId });
const read = (reviews: ReviewFacts[], over: Partial<PullFacts> = {}, memberships: MembershipFact[] = []): ApprovalEvidence => ({
  kind: 'read',
  pull: { ...pull, ...over },
  reviews,
  memberships,
});

describe('which changes need an approval', () => {
  const update = (from: string, to: string): MemberChange =>
    ({
      kind: 'update',
      memberId: '2',
      email: 'bob@acme.com',
      name: 'Bob',
      pending: false,
      orgRole: { from, to },
      teams: [],
      request: { orgRole: to, teamRoles: [] },
      line: 10,
    }) as MemberChange;
  const invite = (orgRole: string): MemberChange =>
    ({ kind: 'invite', email: 'new@acme.com', orgRole, teamRoles: [], line: 10 }) as MemberChange;
  it.each([
    ['member -> manager', update('member', 'manager'), 'manager'],
    ['member -> owner', update('member', 'owner'), 'owner'],
    ['manager -> owner', update('manager', 'owner'), 'owner'],
    ['admin -> manager', update('admin', 'manager'), 'manager'],
    ['billing -> owner', update('billing', 'owner'), 'owner'],
    ['owner -> manager (a demotion)', update('owner', 'manager'), undefined],
    ['manager -> member (a demotion)', update('manager', 'member'), undefined],
    ['member -> admin', update('member', 'admin'), undefined],
    ['an invitation as manager', invite('manager'), 'manager'],
    ['an invitation as owner', invite('owner'), 'owner'],
    ['an invitation as member', invite('member'), undefined],
    [
      'a removal of an owner',
      { kind: 'remove', memberId: '2', email: 'o@acme.com', name: '', orgRole: 'owner', pending: false },
      undefined,
    ],
    ['a re-sent invitation', { kind: 'reinvite', memberId: '2', email: 'o@acme.com', name: '', line: 3 }, undefined],
  ] as [string, MemberChange, string | undefined][])('%s', (_name, change, role) => {
    expect(privilegedRole(change)).toBe(role);
  });
});

describe('what the evidence of a run says (each rule)', () => {
  it.each([
    ['approved by a listed person on the final head', merge, read([approved('octocat')]), { kind: 'approved', by: 'octocat' }],
    ['logins match without case', merge, read([approved('OctoCat')]), { kind: 'approved', by: 'OctoCat' }],
    [
      "the author's own approval",
      merge,
      read([approved('octocat')], { author: 'octocat' }),
      { kind: 'not-approved', notCounted: [{ login: 'octocat', why: 'author' }] },
    ],
    [
      'a member of a listed team',
      merge,
      read([approved('sam')], {}, [{ org: 'acme', team: 'sentry-admins', login: 'sam', active: true }]),
      { kind: 'approved', by: 'sam', team: 'acme/sentry-admins' },
    ],
    [
      'a team membership not accepted yet (pending)',
      merge,
      read([approved('pat')], {}, [{ org: 'acme', team: 'sentry-admins', login: 'pat', active: false }]),
      { kind: 'not-approved', notCounted: [{ login: 'pat', why: 'not-listed' }] },
    ],
    [
      'the wrong person',
      merge,
      read([approved('eve')], {}, [{ org: 'acme', team: 'sentry-admins', login: 'eve', active: false }]),
      { kind: 'not-approved', notCounted: [{ login: 'eve', why: 'not-listed' }] },
    ],
    [
      'changes requested after the approval',
      merge,
      read([approved('octocat'), review('octocat', 'CHANGES_REQUESTED')]),
      { kind: 'not-approved', notCounted: [{ login: 'octocat', why: 'changes-requested' }] },
    ],
    [
      'a comment after the approval changes nothing',
      merge,
      read([approved('octocat'), review('octocat', 'COMMENTED')]),
      { kind: 'approved', by: 'octocat' },
    ],
    [
      'a dismissed approval',
      merge,
      read([review('octocat', 'DISMISSED')]),
      { kind: 'not-approved', notCounted: [{ login: 'octocat', why: 'dismissed' }] },
    ],
    [
      'an approval of an earlier commit',
      merge,
      read([approved('octocat', EARLIER)]),
      { kind: 'not-approved', notCounted: [{ login: 'octocat', why: 'earlier-commit' }] },
    ],
    [
      'approved again on the final head after a new commit',
      merge,
      read([approved('octocat', EARLIER), approved('octocat')]),
      { kind: 'approved', by: 'octocat' },
    ],
    ['a deleted account', merge, read([{ reviewer: undefined, state: 'APPROVED', commitId: HEAD }]), { kind: 'not-approved' }],
    ['a scheduled run', { kind: 'other', run: 'schedule' }, { kind: 'none' }, { kind: 'no-merged-pull', run: 'schedule' }],
    [
      'a run started by hand',
      { kind: 'other', run: 'workflow_dispatch' },
      { kind: 'none' },
      { kind: 'no-merged-pull', run: 'workflow_dispatch' },
    ],
    ['a direct push', { kind: 'push', commit: MERGE }, { kind: 'none' }, { kind: 'no-merged-pull', run: 'push', commit: MERGE }],
    [
      're-run of an approved merge: the same evidence, the same answer',
      merge,
      read([approved('octocat')]),
      { kind: 'approved', by: 'octocat' },
    ],
    [
      'the pull requests of the commit could not be read',
      { kind: 'push', commit: MERGE, unreadable: 'HTTP 502' },
      { kind: 'none' },
      { kind: 'unreadable', detail: 'HTTP 502' },
    ],
    [
      'the reviews could not be read',
      merge,
      { kind: 'unreadable', detail: 'GET /repos/acme/infra/pulls/7/reviews: HTTP 502' },
      { kind: 'unreadable', pull: 7 },
    ],
    [
      'a membership could not be read',
      merge,
      read([approved('sam')], {}, [{ org: 'acme', team: 'sentry-admins', login: 'sam', failed: 'HTTP 403' }]),
      { kind: 'unreadable', detail: 'the membership of sam in acme/sentry-admins: HTTP 403' },
    ],
    [
      'a failed membership read does not undo a listed approval',
      merge,
      read([approved('sam'), approved('octocat')], {}, [{ org: 'acme', team: 'sentry-admins', login: 'sam', failed: 'x' }]),
      { kind: 'approved', by: 'octocat' },
    ],
    [
      "a pull request's plan: the head the event names",
      { kind: 'pull-request', pull: 7, head: EARLIER },
      read([approved('octocat', EARLIER)]),
      { kind: 'approved', by: 'octocat', commit: EARLIER },
    ],
  ] as [string, ApprovalRun, ApprovalEvidence, object][])('%s', (_name, run, evidence, expected) => {
    expect(approvalStatus(approvals, run, evidence)).toMatchObject(expected);
  });
});

describe('which memberships are read', () => {
  it.each([
    ['none when a listed person approved', [approved('sam'), approved('octocat')], []],
    ['each approver of the head against each team', [approved('sam'), approved('eve')], ['sam', 'eve']],
    [
      'not the author, not an earlier commit, not a dismissed review',
      [approved('dev'), approved('eve', EARLIER), review('zoe', 'DISMISSED')],
      [],
    ],
  ])('%s', (_name, reviews, logins) => {
    expect(membershipsToRead(approvals, merge, pull, reviews)).toEqual(
      logins.map((login) => ({ org: 'acme', team: 'sentry-admins', login })),
    );
  });
});

describe('the plan a gate gives', () => {
  const state = organization(
    { email: 'olivia@acme.com', role: 'owner' },
    { 'dana@acme.com': 'member', 'frank@acme.com': 'manager', 'old@acme.com': 'owner' },
  );
  const config = file(
    {
      'dana@acme.com': 'manager',
      'frank@acme.com': 'member',
      'old@acme.com': 'member',
      'new@acme.com': 'owner',
      'temp@acme.com': { role: 'member', grants: [{ role: 'manager', until: 86_400_000 }] },
      'intern@acme.com': 'member',
    },
    { missing: 'invite' },
  );
  const gate = (status: ApprovalGate['status'], preview = false): ApprovalGate => ({
    approvers: ['octocat', 'acme/sentry-admins'],
    status,
    preview,
  });
  const summary = (approval: ApprovalGate | undefined) => {
    const plan = createPlan(config, state, rules(approval ? { approval } : {}));
    return {
      made: plan.changes.map((change) => change.email).sort(),
      blocked: plan.blocked.map(({ change, reasons }) => [change.email, describeReasons(reasons)]),
      approval: plan.approval,
    };
  };
  const everything = ['dana@acme.com', 'frank@acme.com', 'intern@acme.com', 'new@acme.com', 'old@acme.com', 'temp@acme.com'];

  it('without approvals every change is made', () => {
    expect(summary(undefined)).toEqual({ made: everything, blocked: [], approval: undefined });
  });

  it('with an approval every change is made, and the plan says who approved', () => {
    const approval = gate({ kind: 'approved', pull: 7, by: 'octocat', commit: HEAD });
    expect(summary(approval)).toEqual({ made: everything, blocked: [], approval });
  });

  it('on a pull request nothing is blocked: the plan carries who may approve and where it stands', () => {
    const approval = gate({ kind: 'not-approved', pull: 7, head: HEAD, notCounted: [] }, true);
    expect(summary(approval)).toEqual({ made: everything, blocked: [], approval });
  });

  it.each([
    [
      'a scheduled run',
      gate({ kind: 'no-merged-pull', run: 'schedule' }),
      'a scheduled run carries no approval: merge a pull request that one of them approves (a re-run of that apply counts too)',
    ],
    [
      'a merge without an approval',
      gate({ kind: 'not-approved', pull: 7, head: HEAD, notCounted: [{ login: 'dev', why: 'author' }] }),
      'pull request #7 has no approval of its final head commit feedfac by one of them (not counted: dev is its author): merge a pull request that one of them approves (a re-run of that apply counts too)',
    ],
    [
      'a read that failed',
      gate({ kind: 'unreadable', pull: 7, detail: 'GET /repos/acme/infra/pulls/7/reviews: HTTP 502' }),
      'its approval could not be read on pull request #7 (GET /repos/acme/infra/pulls/7/reviews: HTTP 502), so the grant is not made: run again once GitHub can be read',
    ],
  ])(
    '%s blocks each owner and manager grant, with its reason; demotions, removals and the rest are made',
    (_name, approval, why) => {
      const { made, blocked } = summary(approval);
      expect(made).toEqual(['frank@acme.com', 'intern@acme.com', 'old@acme.com']);
      expect(blocked).toEqual([
        [
          'dana@acme.com',
          [
            `grant of manager to dana@acme.com needs an approval from one of: octocat, acme/sentry-admins on the merged pull request; ${why}`,
          ],
        ],
        [
          'new@acme.com',
          [
            `grant of owner to new@acme.com needs an approval from one of: octocat, acme/sentry-admins on the merged pull request; ${why}`,
          ],
        ],
        [
          'temp@acme.com',
          [
            `grant of manager to temp@acme.com needs an approval from one of: octocat, acme/sentry-admins on the merged pull request; ${why}`,
          ],
        ],
      ]);
    },
  );

  it('an apply on a pull request before its merge blocks them', () => {
    const approval = approvalGate(approvals, { kind: 'pull-request', pull: 7, head: HEAD }, 'apply', read([approved('octocat')]));
    expect(approval).toEqual({
      approvers: ['octocat', 'acme/sentry-admins'],
      status: { kind: 'no-merged-pull', run: 'pull_request' },
      preview: false,
    });
    expect(summary(approval).blocked.map(([email]) => email)).toEqual(['dana@acme.com', 'new@acme.com', 'temp@acme.com']);
  });

  it('a grant blocked only for want of an approval is still the reviewed change: the rest matches the review', () => {
    const reviewed = createPlan(
      config,
      state,
      rules({ approval: gate({ kind: 'not-approved', pull: 7, head: HEAD, notCounted: [] }, true) }),
    );
    const atMerge = createPlan(
      config,
      state,
      rules({ approval: gate({ kind: 'not-approved', pull: 7, head: HEAD, notCounted: [] }) }),
    );
    expect(atMerge.blocked).toHaveLength(3);
    const check = checkReview(
      atMerge,
      {
        policy: 'require',
        pull: 7,
        reviewed: {
          pull: 7,
          digest: planDigest(reviewed),
          config: configDigest(config),
          redacted: false,
          changes: reviewed.changes.map((change) => [changeDigest(change), change.email] as const),
        },
      },
      config,
    );
    expect(check).toMatchObject({ found: true, matches: true, added: [], dropped: [] });
  });
});

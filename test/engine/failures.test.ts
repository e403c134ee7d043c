/**
 * The one decision of whether and why a run failed (engine/run.ts failuresOf), and the messages
 * each front door shows for it (render/failures.ts): a table from outcome to failures.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_WORDS } from '../../src/action/inputs.ts';
import type { ApplyResult } from '../../src/apply/apply.ts';
import { CLI_WORDS as CLI } from '../../src/cli/arguments.ts';
import { failuresOf, type RunOutcome } from '../../src/engine/run.ts';
import type { Plan } from '../../src/plan/types.ts';
import { describeFailure } from '../../src/render/failures.ts';
import { SentryApiError } from '../../src/sentry/errors.ts';
import { file, organization } from '../plan/builders.ts';

const state = organization({ email: 'olivia@acme.com', role: 'owner' });
const update = {
  kind: 'update',
  memberId: '2',
  email: 'bob@acme.com',
  name: 'Bob',
  pending: false,
  teams: [],
  request: { teamRoles: [] },
  line: 3,
} as const;
const plan = (over: Partial<Plan> = {}): Plan => ({
  version: 1,
  organization: 'acme',
  config: 'sentry-members.yml',
  changes: [],
  blocked: [],
  unlisted: [],
  missing: [],
  warnings: [],
  unchanged: 0,
  ...over,
});
const result = (over: Partial<ApplyResult> = {}): ApplyResult => ({
  applied: [],
  failed: [],
  deferred: [],
  blocked: [],
  skipped: [],
  ...over,
});
const blocked = { change: update, reasons: [{ kind: 'partnership' as const }] };
const waiting = {
  change: update,
  reasons: [
    {
      kind: 'needs-approval' as const,
      role: 'manager' as const,
      email: update.email,
      approvers: ['octocat'],
      status: { kind: 'no-merged-pull' as const, run: 'schedule' },
    },
  ],
};

describe('failuresOf and their messages', () => {
  it.each<[string, RunOutcome, string[], string[]]>([
    ['a valid config', { kind: 'validated', config: file({}), warnings: [] }, [], []],
    [
      'an invalid config',
      {
        kind: 'invalid-config',
        file: 'sentry-members.yml',
        problems: [
          { severity: 'error', file: 'sentry-members.yml', line: 2, message: 'a' },
          { severity: 'warning', file: 'sentry-members.yml', line: 3, message: 'b' },
        ],
      },
      ['sentry-members.yml has 1 error (listed above and in the job summary): fix them and push again'],
      ['sentry-members.yml has 1 error (listed above): fix them and run again'],
    ],
    [
      'a failed read',
      {
        kind: 'read-failed',
        organization: 'acme',
        error: new SentryApiError('GET', '/api/0/organizations/acme/members/', 503, 'down'),
      },
      [
        'reading the organization "acme" from Sentry failed, so nothing was written: GET /api/0/organizations/acme/members/: HTTP 503: down',
      ],
      [
        'reading the organization "acme" from Sentry failed, so nothing was written: GET /api/0/organizations/acme/members/: HTTP 503: down',
      ],
    ],
    [
      'unknown teams',
      {
        kind: 'unknown-teams',
        file: 'sentry-members.yml',
        problems: [{ severity: 'error', file: 'sentry-members.yml', message: 'x' }],
        publicProblems: [{ severity: 'error', file: 'sentry-members.yml', message: 'x' }],
        readAt: 0,
      },
      [
        'sentry-members.yml names 1 team that the organization does not have (listed above and in the job summary): nothing was written',
      ],
      ['sentry-members.yml names 1 team that the organization does not have (listed above): nothing was written'],
    ],
    ['a clean plan', { kind: 'planned', mode: 'plan', plan: plan({ changes: [update] }), state, readAt: 0 }, [], []],
    [
      'drift found by check',
      { kind: 'planned', mode: 'check', plan: plan({ changes: [update] }), state, readAt: 0 },
      ['1 member differ from sentry-members.yml (drift): run apply, or update the file'],
      ['1 member differ from sentry-members.yml (drift): run apply, or update the file'],
    ],
    [
      'a blocked change in a plan, with other changes',
      { kind: 'planned', mode: 'check', plan: plan({ changes: [update], blocked: [blocked] }), state, readAt: 0 },
      [
        '1 change cannot be made (blocked, listed above and in the job summary): fix the file or the organization; apply makes the other changes',
      ],
      ['1 change cannot be made (blocked, listed above): fix the file or the organization; apply makes the other changes'],
    ],
    [
      'a refused guard',
      { kind: 'guard-refused', plan: plan(), state, readAt: 0, refusal: { guard: 'max-removals', count: 8, limit: 5 } },
      [
        'the plan removes 8 members, more than input "max-removals" (5): nothing was written. Review the plan; if it is intended, raise input "max-removals" (0 = no limit) for the run that applies it',
      ],
      [
        'the plan removes 8 members, more than --max-removals (5): nothing was written. Review the plan; if it is intended, raise --max-removals (0 = no limit) for the run that applies it',
      ],
    ],
    [
      'an apply with failed writes and a blocked change: both reported',
      {
        kind: 'applied',
        plan: plan({ changes: [update] }),
        state,
        readAt: 0,
        result: result({ failed: [{ change: update, error: 'e' }], blocked: [blocked] }),
      },
      [
        '1 member write failed (listed above and in the job summary), 0 succeeded: fix the cause and run again; the next run makes only what is still missing',
        '1 change cannot be made (blocked, listed above and in the job summary): fix the file or the organization; the other changes were made',
      ],
      [
        '1 member write failed (listed above), 0 succeeded: fix the cause and run again; the next run makes only what is still missing',
        '1 change cannot be made (blocked, listed above): fix the file or the organization; the other changes were made',
      ],
    ],
    [
      'an apply whose only blocked change is a grant waiting for an approval',
      { kind: 'applied', plan: plan({ changes: [update] }), state, readAt: 0, result: result({ blocked: [waiting] }) },
      [
        '1 owner or manager grant cannot be made without an approval (blocked, listed above and in the job summary): merge a pull request that one of the approvers in approvals.privileged, not its author, approves on its final head commit; the other changes were made',
      ],
      [
        '1 owner or manager grant cannot be made without an approval (blocked, listed above): merge a pull request that one of the approvers in approvals.privileged, not its author, approves on its final head commit; the other changes were made',
      ],
    ],
    [
      'a plan with a grant waiting for an approval and another blocked change',
      { kind: 'planned', mode: 'plan', plan: plan({ blocked: [blocked, waiting] }), state, readAt: 0 },
      [
        '2 changes cannot be made (blocked, listed above and in the job summary): fix the file or the organization (1 of them is an owner or manager grant that needs an approval: merge a pull request that one of the approvers in approvals.privileged, not its author, approves on its final head commit); there are no other changes',
      ],
      [
        '2 changes cannot be made (blocked, listed above): fix the file or the organization (1 of them is an owner or manager grant that needs an approval: merge a pull request that one of the approvers in approvals.privileged, not its author, approves on its final head commit); there are no other changes',
      ],
    ],
    [
      'a clean apply',
      { kind: 'applied', plan: plan({ changes: [update] }), state, readAt: 0, result: result({ applied: [{ change: update }] }) },
      [],
      [],
    ],
  ])('%s', (_name, outcome, action, cli) => {
    const failures = failuresOf(outcome);
    expect(failures.map((failure) => describeFailure(failure, ACTION_WORDS))).toEqual(action);
    expect(failures.map((failure) => describeFailure(failure, CLI))).toEqual(cli);
  });

  it('unlisted and missing members under report never fail a run', () => {
    const reported = plan({
      unlisted: [{ email: 'x@acme.com', orgRole: 'member' }],
      missing: [{ email: 'y@acme.com', orgRole: 'member' }],
    });
    expect(failuresOf({ kind: 'planned', mode: 'check', plan: reported, state, readAt: 0 })).toEqual([]);
  });
});

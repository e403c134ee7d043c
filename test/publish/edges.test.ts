/**
 * What a run publishes at Sentry's edges, in memory: invitations deferred by Sentry's daily
 * limit (a warning, not a failure), more invitations than a day allows, inactive members,
 * records that do not fit and invitations of Sentry's newer invitation model, in the comment,
 * the summary, the log and the drift issue, and what a public repository leaves out of them.
 */
import { describe, expect, it } from 'vitest';
import type { ApplyResult } from '../../src/apply/apply.ts';
import type { ModelInvitation, OrgState } from '../../src/domain/org-state.ts';
import { TeamRoles } from '../../src/domain/team-roles.ts';
import { createPlan } from '../../src/plan/plan.ts';
import type { Plan } from '../../src/plan/types.ts';
import { type GitHubWrite, type Publication, publish } from '../../src/publish/publication.ts';
import { file, organization, rules } from '../plan/builders.ts';
import { PULL_REQUEST, plannedOf, READ_AT, reportOf, SCHEDULE } from './scenarios.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);

/** An organization at Sentry's edges: inactive members, records that do not fit, an invitation of the newer model. */
function edgeState(): OrgState {
  const base = organization(
    { email: 'olivia@acme.com', role: 'owner' },
    { 'bob@acme.com': 'member', 'carol@acme.com': 'member', 'dan@acme.com': 'member', 'eve@acme.com': 'member' },
  );
  const lastActive: Record<string, number | null> = {
    'olivia@acme.com': NOW - DAY,
    'bob@acme.com': NOW - 200 * DAY,
    'carol@acme.com': null,
    'dan@acme.com': NOW - 10 * DAY,
    'eve@acme.com': NOW - 400 * DAY,
  };
  const invitation = (email: string, id: string): ModelInvitation => ({
    id,
    email,
    orgRole: 'member',
    expired: false,
    teams: TeamRoles.EMPTY,
  });
  return {
    ...base,
    members: base.members.map((member) => ({ ...member, lastActive: lastActive[member.email] ?? null })),
    unfit: [
      { id: '40', problem: { kind: 'no-email', email: '' }, orgRole: 'member', pending: false },
      { id: '41', problem: { kind: 'not-an-address', email: 'okta|00u1' }, orgRole: 'member', pending: false },
    ],
    invitations: [invitation('nina@acme.com', '7'), invitation('stranger@acme.com', '8')],
  };
}

/** The file keeps everyone but eve (unlisted), and lists nina, invited the newer way. */
function edgePlan(): Plan {
  const config = file(
    {
      'olivia@acme.com': 'owner',
      'bob@acme.com': 'member',
      'carol@acme.com': 'member',
      'dan@acme.com': 'member',
      'nina@acme.com': 'manager',
    },
    { unlisted: 'report', missing: 'invite' },
  );
  return createPlan(config, edgeState(), rules({ now: NOW, inactiveDays: 90 }));
}

function comment(publication: Publication): string {
  const found = publication.github.filter(
    (write): write is Extract<GitHubWrite, { kind: 'comment' }> => write.kind === 'comment',
  );
  return found[0]?.body ?? '';
}

describe('a plan at Sentry edges', () => {
  it('lists inactive members, records that do not fit and invitations of the newer model, and says which model plainly', () => {
    const plan = edgePlan();
    const published = publish(reportOf(plannedOf(plan, edgeState()), { config: undefined }));
    const body = comment(published);
    expect(body).toContain(
      "> This organization keeps pending invitations in Sentry's newer invitation model, outside its member list: 2 invitations were read from /invited-members/ and matched to the file, so nobody is invited twice.",
    );
    expect(body).toContain('### Records that do not fit (2), in Sentry, never compared or written to: fix them in Sentry');
    expect(body).toContain('- id 41 (member): its email "okta\\|00u1" is not an address, e.g. the text of an identity provider');
    expect(body).toContain("### Invitations of Sentry's newer invitation model (2)");
    expect(body).toContain(
      '- nina@acme.com (member, pending invitation 7): the file asks for org role member -&gt; manager · [line 14](',
    );
    expect(body).toContain('- stranger@acme.com (member, pending invitation 8): not in the file');
    expect(body).toContain('### Inactive for 90 days or more (1), last activity in Sentry; nothing is removed for it');
    expect(body).toContain('- bob@acme.com: last active 2025-11-13 (200 days ago) · [line 11](');
    expect(body).toContain(
      '### Never active (1), Sentry has no activity of theirs\n\n- carol@acme.com: never active in Sentry · [line 12](',
    );
    // Eve is not in the file: unlisted, not kept by it, so not listed as inactive.
    expect(body).not.toContain('eve@acme.com: last active');
    expect(published.failures).toEqual([]);
  });

  it('names nobody the file does not list in a public repository, nor the text of an email that is not an address', () => {
    const plan = edgePlan();
    const published = publish(
      reportOf(plannedOf(plan, edgeState()), {
        event: { ...PULL_REQUEST, publicRepository: true },
        config: file({
          'olivia@acme.com': 'owner',
          'bob@acme.com': 'member',
          'carol@acme.com': 'member',
          'dan@acme.com': 'member',
          'nina@acme.com': 'manager',
        }),
      }),
    );
    const body = comment(published);
    expect(body).toContain('- id 41 (member): its email is not an address');
    expect(body).not.toContain('okta');
    expect(body).not.toContain('stranger');
    expect(body).toContain('nina@acme.com (member, pending invitation 7)');
  });

  it('warns when it has more invitations than Sentry sends in a day, and says so at its end', () => {
    const people = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`new${i}@acme.com`, 'member' as const]));
    const plan = createPlan(
      file({ 'olivia@acme.com': 'owner', ...people }, { missing: 'invite' }),
      organization({ email: 'olivia@acme.com', role: 'owner' }),
      rules(),
    );
    const published = publish(reportOf(plannedOf(plan, organization({ email: 'olivia@acme.com', role: 'owner' }))));
    expect(published.annotations.map((annotation) => annotation.message)).toContain(
      "this plan sends 120 invitations, more than Sentry sends in a day (100 per user and per organization, fewer when some were sent today): an apply sends them until Sentry's daily limit answers and leaves the rest to the next runs, without failing (at least 2 days of runs, e.g. the nightly schedule)",
    );
    expect(comment(published)).toContain(
      '**Merging applies 120 changes; Sentry sends at most 100 invitations a day, so the rest of the 120 follow on the next runs.**',
    );
  });

  it('lists inactive members in the drift issue too', () => {
    // Drift: Dan is a manager in the file.
    const config = file(
      { 'olivia@acme.com': 'owner', 'bob@acme.com': 'member', 'carol@acme.com': 'member', 'dan@acme.com': 'manager' },
      { unlisted: 'report' },
    );
    const plan = createPlan(config, edgeState(), rules({ now: NOW, inactiveDays: 90 }));
    const published = publish(
      reportOf(
        { ...plannedOf(plan, edgeState()), mode: 'check' },
        { mode: 'check', event: SCHEDULE, github: { driftIssue: 'none', failures: [] } },
      ),
    );
    const issue = published.github.find((write) => write.kind === 'issue');
    expect(issue?.body).toContain('Inactive for 90 days or more (1)');
    expect(issue?.body).toContain('carol@acme.com: never active in Sentry');
  });
});

describe('an apply that meets the daily invitation limit', () => {
  const plan = createPlan(
    file(
      {
        'olivia@acme.com': 'owner',
        'bob@acme.com': 'manager',
        'a@acme.com': 'member',
        'b@acme.com': 'member',
        'c@acme.com': 'member',
      },
      { missing: 'invite' },
    ),
    organization({ email: 'olivia@acme.com', role: 'owner' }, { 'bob@acme.com': 'member' }),
    rules(),
  );
  const invites = plan.changes.filter((change) => change.kind === 'invite');
  const result: ApplyResult = {
    applied: plan.changes
      .filter((change) => change.kind !== 'invite' || change.email === 'a@acme.com')
      .map((change) => ({ change })),
    failed: [],
    deferred: invites.filter((change) => change.email !== 'a@acme.com').map((change) => ({ change })),
    blocked: [],
    skipped: [],
  };
  const applied = () =>
    publish(
      reportOf(
        { kind: 'applied', plan, state: organization({ email: 'olivia@acme.com', role: 'owner' }), readAt: READ_AT, result },
        { mode: 'apply', event: SCHEDULE, github: { driftIssue: 'none', failures: [] } },
      ),
    );

  it('is partly applied, not failed: a warning says the rest waits for the next run', () => {
    const published = applied();
    expect(published.failures).toEqual([]);
    expect(published.outputs).toMatchObject({ applied: '2', failed: '0' });
    expect(published.summary).toMatch(
      /^⚠️ \*\*Partly applied\*\*: 2 of 4 changes to acme \(2 invitations deferred to the next run by Sentry's daily limit\)/,
    );
    expect(published.summary).toContain("### Deferred to the next run (2), Sentry's daily invitation limit was reached");
    expect(published.annotations).toContainEqual({
      level: 'warning',
      title: 'sentry-members-sync: invitations deferred',
      message:
        "2 invitations not sent: Sentry's daily invitation limit was reached (100 a day per user and per organization). Nothing failed: the next run sends them, from 00:00 UTC when the limit is whole again (a nightly schedule carries on by itself)",
    });
    expect(published.log.join('\n')).toMatch(/^ {4}deferred: invite b@acme\.com: not sent: the next run sends it$/m);
  });

  it('tells the drift issue what was deferred', () => {
    const issue = applied().github.find((write) => write.kind === 'issue');
    expect(issue?.body).toMatch(
      /Partly corrected\*\*: 2 of 4 changes between sentry-members\.yml and Sentry \(2 invitations deferred/,
    );
  });
});

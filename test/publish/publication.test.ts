/**
 * What a run publishes, decided once (src/publish/publication.ts): a table from a run's report
 * (outcome and context, in memory) to the publication a reviewer then reads, one row per way
 * the pull request, the merged pull request, the job summary or the drift issue could tell
 * something other than the truth. Peribolos' TestConfigureMembers is the model: have in, want out.
 */
import { describe, expect, it } from 'vitest';
import type { ReviewCheck } from '../../src/engine/review.ts';
import { changeDigest } from '../../src/plan/digest.ts';
import { createPlan } from '../../src/plan/plan.ts';
import { type GitHubWrite, type Publication, publish, type RunReport } from '../../src/publish/publication.ts';
import { recordLine, reviewedPlanOf } from '../../src/publish/record.ts';
import { file, organization, rules } from '../plan/builders.ts';
import {
  EARLIER,
  EARLIER_READ,
  HEAD,
  longPlan,
  MERGE,
  PULL_REQUEST,
  PUSH,
  plannedOf,
  READ_AT,
  RUN,
  removingPlan,
  reportOf,
  resultOf,
  SCHEDULE,
  SETTINGS,
  sentryDown,
  smallConfig,
  smallPlan,
} from './scenarios.ts';

const MARKER = '<!-- sentry-members-sync:plan org=acme config=sentry%2Dmembers.yml -->';

/** The plan comment an earlier run posted for commit EARLIER: what a failed run finds on the pull request. */
function earlierComment(): string {
  const { plan, state, drift } = smallPlan();
  const earlier = publish(
    reportOf({ ...plannedOf(plan, state, { drift }), readAt: EARLIER_READ }, { event: { ...PULL_REQUEST, headSha: EARLIER } }),
  );
  const [write] = earlier.github;
  if (write?.kind !== 'comment') throw new Error('the earlier run posted no comment');
  return write.body;
}

const prior = () => ({ pull: 7, comments: [{ id: 11, body: earlierComment() }], failures: [] });

/** The first line a reader sees: the body without its hidden lines. */
function firstLine(body: string): string {
  return body.split('\n').find((line) => !line.startsWith('<!--') && line.trim() !== '') ?? '';
}

function comments(publication: Publication): Extract<GitHubWrite, { kind: 'comment' }>[] {
  return publication.github.filter((write): write is Extract<GitHubWrite, { kind: 'comment' }> => write.kind === 'comment');
}

function onlyComment(publication: Publication): Extract<GitHubWrite, { kind: 'comment' }> {
  const found = comments(publication);
  expect(found).toHaveLength(1);
  return found[0] as Extract<GitHubWrite, { kind: 'comment' }>;
}

function issue(publication: Publication): Extract<GitHubWrite, { kind: 'issue' }> {
  const found = publication.github.filter((write): write is Extract<GitHubWrite, { kind: 'issue' }> => write.kind === 'issue');
  expect(found).toHaveLength(1);
  return found[0] as Extract<GitHubWrite, { kind: 'issue' }>;
}

/** `a` comes before `b` in `text`, both present. */
function expectOrder(text: string, ...parts: string[]): void {
  const at = parts.map((part) => text.indexOf(part));
  for (const [index, position] of at.entries()) expect(position, `"${parts[index]}" is missing`).toBeGreaterThanOrEqual(0);
  expect(at).toEqual([...at].sort((a, b) => a - b));
}

interface Row {
  readonly name: string;
  readonly report: () => RunReport;
  readonly want: (publication: Publication) => void;
}

const failedRuns: Row[] = [
  {
    name: 'an invalid config on a pull request rewrites the comment: what is wrong at file:line, the earlier plan kept only as out of date',
    report: () =>
      reportOf(
        {
          kind: 'invalid-config',
          file: 'sentry-members.yml',
          problems: [
            { severity: 'error', file: 'sentry-members.yml', line: 14, column: 11, message: '"manger" is not a valid org role' },
          ],
        },
        { config: undefined, organization: undefined, github: prior() },
      ),
    want: (publication) => {
      const comment = onlyComment(publication);
      expect(comment).toMatchObject({ pull: 7, id: 11 });
      expect(comment.body.startsWith(`${MARKER}\n`)).toBe(true);
      expect(firstLine(comment.body)).toMatch(/^❌ \*\*Failed\*\*: sentry-members\.yml has 1 error · for \[`feedfac`\]/);
      expect(comment.body).toContain(
        `[sentry-members.yml:14:11](https://github.com/acme/infra/blob/${HEAD}/sentry-members.yml#L14) | "manger" is not a valid org role`,
      );
      // The earlier plan is folded and marked out of date with its commit, never the current plan.
      expect(comment.body).toContain('<details><summary>⚠️ Out of date: the plan for 1a2b3c4');
      expect(comment.body.indexOf('<details>')).toBeLessThan(comment.body.indexOf('## sentry-members-sync: 5 changes to acme'));
      expect(comment.body).not.toContain('Merging applies');
      // No reviewed record: nothing current was reviewed.
      expect(comment.body).not.toContain('sentry-members-sync:reviewed');
      expect(publication.failures).toEqual([
        'sentry-members.yml has 1 error (listed above and in the job summary): fix them and push again',
      ]);
      expect(publication.summary).toContain('sentry-members.yml:14:11');
      expect(publication.summary).not.toContain(':white_check_mark:');
    },
  },
  {
    name: 'unknown teams: the comment and the job summary say which team and where, never "valid"',
    report: () =>
      reportOf(
        {
          kind: 'unknown-teams',
          file: 'sentry-members.yml',
          readAt: READ_AT,
          problems: [
            {
              severity: 'error',
              file: 'sentry-members.yml',
              line: 12,
              column: 20,
              message: 'team "wbe" (for bob@acme.com) does not exist in the Sentry organization "acme". Did you mean "web"?',
            },
          ],
          publicProblems: [
            {
              severity: 'error',
              file: 'sentry-members.yml',
              line: 12,
              column: 20,
              message: 'team "wbe" (for bob@acme.com) does not exist in the Sentry organization "acme".',
            },
          ],
        },
        { github: prior() },
      ),
    want: (publication) => {
      const comment = onlyComment(publication);
      expect(firstLine(comment.body)).toMatch(/^❌ \*\*Failed\*\*: sentry-members\.yml names 1 team that acme does not have/);
      expect(comment.body).toContain('Did you mean "web"?');
      for (const text of [publication.summary ?? '', comment.body]) {
        expect(text).toContain('sentry-members.yml:12:20');
        expect(text).toContain('(listed below): nothing was written.');
        expect(text).not.toMatch(/valid/i);
      }
      expect(publication.annotations.map((a) => a.title)).not.toContain('sentry-members-sync: config valid');
    },
  },
  {
    name: 'Sentry answers 503: the comment says the read failed (method, path, what to do); the old plan is out of date',
    report: () => reportOf({ kind: 'read-failed', organization: 'acme', error: sentryDown }, { github: prior() }),
    want: (publication) => {
      const comment = onlyComment(publication);
      expect(firstLine(comment.body)).toMatch(
        /^❌ \*\*Failed\*\*: reading Sentry failed \(GET \/api\/0\/organizations\/acme\/members\/: HTTP 503\); nothing was written · for .* · Sentry not read \(2 Dec 2026, 16:41 UTC\)$/,
      );
      expect(comment.body).toContain('HTTP 503: Service Unavailable (Sentry failed; it was retried: run again later)');
      expect(comment.body).toContain('Out of date: the plan for 1a2b3c4 (Sentry read 2 Dec 2026, 16:30 UTC)');
      expect(publication.summary).toMatch(/^❌ \*\*Failed\*\*: reading Sentry failed/);
      expect(publication.summary).toContain('GET /api/0/organizations/acme/members/?per\\_page=100: HTTP 503');
      expect(publication.outputs).toEqual({});
    },
  },
  {
    name: 'anything thrown after the inputs (no organization) still rewrites the comment of this config',
    report: () =>
      reportOf(
        { kind: 'error', error: new Error('organization not given, and sentry-members.yml has no "organization:"') },
        { organization: undefined, github: prior() },
      ),
    want: (publication) => {
      const comment = onlyComment(publication);
      // The comment of this config is found without knowing its organization, and keeps its marker.
      expect(comment.id).toBe(11);
      expect(comment.body.startsWith(`${MARKER}\n`)).toBe(true);
      expect(firstLine(comment.body)).toContain('❌ **Failed**: organization not given');
    },
  },
  {
    name: 'a failed run with no earlier comment writes one without an organization; the next plan takes it over',
    report: () =>
      reportOf(
        {
          kind: 'invalid-config',
          file: 'sentry-members.yml',
          problems: [{ severity: 'error', file: 'sentry-members.yml', message: 'x' }],
        },
        { config: undefined, organization: undefined },
      ),
    want: (publication) => {
      const comment = onlyComment(publication);
      expect(comment.id).toBeUndefined();
      expect(comment.body.split('\n')[0]).toBe('<!-- sentry-members-sync:plan org= config=sentry%2Dmembers.yml -->');
      const { plan, state } = smallPlan();
      const next = publish(
        reportOf(plannedOf(plan, state), { github: { pull: 7, comments: [{ id: 12, body: comment.body }], failures: [] } }),
      );
      expect(onlyComment(next)).toMatchObject({ id: 12 });
      expect(onlyComment(next).body.startsWith(`${MARKER}\n`)).toBe(true);
    },
  },
];

const plans: Row[] = [
  {
    name: 'a plan starts with its status (mark, commit, run, Sentry read time) and ends with what merging does',
    report: () => {
      const { plan, state, drift } = smallPlan();
      return reportOf(plannedOf(plan, state, { drift }));
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(firstLine(body)).toBe(
        `✅ **Planned**: 5 changes to acme · for [\`feedfac\`](https://github.com/acme/infra/commit/${HEAD}) · [run](${RUN}) · Sentry read 2 Dec 2026, 16:41 UTC`,
      );
      expect(body.trimEnd().split('\n').at(-2)).toBe(
        '**Merging applies 5 changes (3 from this pull request, 2 already different in Sentry).**',
      );
      expect(firstLine(publication.summary ?? '')).toBe(firstLine(body));
      expect(publication.outputs).toEqual({
        plan: '/runner/temp/sentry-members-sync/plan-acme-sentry-members.yml.json',
        changes: '5',
        'has-changes': 'true',
      });
    },
  },
  {
    name: 'risk first: blocked, removals, grants, demotions, then routine updates and invitations',
    report: () => {
      const state = organization(
        { email: 'mia@acme.com', role: 'manager' },
        {
          'owen@acme.com': 'owner',
          'zoe@acme.com': 'member',
          'amy@acme.com': 'member',
          'dan@acme.com': 'manager',
          'gone@acme.com': 'member',
          'web@acme.com': 'member',
        },
        { teams: { web: {} } },
      );
      const config = file(
        {
          'mia@acme.com': 'manager',
          'owen@acme.com': 'owner',
          'zoe@acme.com': 'owner',
          'amy@acme.com': 'manager',
          'dan@acme.com': 'member',
          'web@acme.com': { role: 'member', teams: ['web'] },
          'new@acme.com': 'member',
        },
        { unlisted: 'remove', missing: 'invite' },
      );
      return reportOf(plannedOf(createPlan(config, state, rules()), state), { config });
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expectOrder(
        body,
        '### Blocked (1)',
        '**zoe@acme.com**',
        '### Removals (1)',
        '**gone@acme.com**',
        '### Owner and manager grants (1)',
        '**amy@acme.com**',
        '### Demotions (1)',
        '**dan@acme.com**',
        '### Updates (1)',
        '### Invitations (1)',
      );
      expectOrder(
        publication.log.join('\n'),
        'Blocked (1):',
        'Removals (1):',
        'Owner and manager grants (1):',
        'Demotions (1):',
        'Updates (1):',
        'Invitations (1):',
      );
    },
  },
  {
    name: 'a 300-change plan with a blocked owner grant and 60 removals: the blocked change and every removal named',
    report: () => {
      const { plan, state, config } = longPlan();
      return reportOf(plannedOf(plan, state), { config });
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(body.length).toBeLessThanOrEqual(65_536);
      expect(body).toContain('- **zoe@acme.com** (zoe)');
      expect(body).toContain(':no_entry: the token\'s user (mia@acme.com, manager) may not assign the org role "owner"');
      for (let i = 0; i < 60; i++) expect(body).toContain(`**old${String(i).padStart(2, '0')}@acme.com**`);
    },
  },
  {
    name: 'a plan too long for one comment cuts routine entries first, grouped ("240 members join web"); blocked, removals, warnings and the redaction note stay',
    report: () => {
      const { plan, state, config } = longPlan(3000, 60);
      const warned = { ...plan, warnings: [{ message: 'the invitation of x@acme.com has expired', line: 9 }] };
      return reportOf(plannedOf(warned, state), { config, event: { ...PULL_REQUEST, publicRepository: false } });
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(body.length).toBeLessThanOrEqual(65_536);
      expect(body).toContain('**zoe@acme.com**');
      for (let i = 0; i < 60; i++) expect(body).toContain(`**old${String(i).padStart(2, '0')}@acme.com**`);
      expect(body).toContain('- **3000 members** join web as contributor');
      expect(body).not.toContain('**user0001@acme.com**');
      expect(body).toContain('the invitation of x@acme.com has expired');
      expect(body).toContain(
        `Shortened to fit one message: routine entries are grouped or counted; the [job summary](${RUN}) has every entry.`,
      );
      // The job summary holds every entry.
      expect(publication.summary).toContain('**user2999@acme.com**');
    },
  },
  {
    name: 'the hidden reviewed-plan record stays a few KB whatever the plan, with the plan digest a full SHA-256',
    report: () => {
      const { plan, state, config } = longPlan();
      return reportOf(plannedOf(plan, state), { config });
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      const record = body.split('\n').find((line) => line.startsWith('<!-- sentry-members-sync:reviewed '));
      expect(record?.length).toBeLessThanOrEqual(4_000);
      expect(reviewedPlanOf({ body }, 7).reviewed?.digest).toMatch(/^[A-Za-z0-9_-]{43}$/);
    },
  },
  {
    name: 'a plan predicts a guard refusal: the banner and the last line say merging would be refused',
    report: () => {
      const { plan, state, config } = removingPlan();
      return reportOf(plannedOf(plan, state, { wouldRefuse: { guard: 'max-removals', count: 8, limit: 5 } }), { config });
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(firstLine(body)).toMatch(/^⚠️ \*\*Planned\*\*: 9 changes to acme; merging would be refused \(max-removals\)/);
      expect(body).toContain('> Merging would be refused, writing nothing: max-removals is 5 and this plan removes 8 members.');
      expect(body.trimEnd().split('\n').at(-2)).toBe(
        '**Merging would be refused, writing nothing: max-removals is 5 and this plan removes 8 members.**',
      );
      expect(publication.failures).toEqual([]);
    },
  },
  {
    name: 'the banner splits what this pull request does from drift correction',
    report: () => {
      const { plan, state } = smallPlan();
      // frank's demotion is drift: the base config demotes him too.
      const drift = new Set(plan.changes.filter((c) => c.email === 'frank@acme.com').map(changeDigest));
      return reportOf(plannedOf(plan, state, { drift }));
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(body).toContain('> This pull request grants owner or manager to 1 member (dana@acme.com as manager).');
      expect(body).toContain(
        '> Drift correction (already different in Sentry, applied too on merge) demotes 1 member (frank@acme.com).',
      );
      expect(body).not.toMatch(/This pull request[^\n]*frank/);
    },
  },
  {
    name: 'the text and the markdown word the drift part alike',
    report: () => {
      const { plan, state, drift } = smallPlan();
      return reportOf(plannedOf(plan, state, { drift }));
    },
    want: (publication) => {
      const title = 'Already different in Sentry (drift): applied too on merge (2)';
      expect(publication.log.join('\n')).toContain(`${title}:`);
      expect(onlyComment(publication).body).toContain(`### ${title}`);
    },
  },
  {
    name: 'a public repository counts removals of members the file does not list, in the right part, and names none',
    report: () => {
      const { plan, state, config } = removingPlan();
      const drift = new Set(plan.changes.filter((c) => c.email === 'left0@acme.com').map(changeDigest));
      return reportOf(plannedOf(plan, state, { drift }), { config, event: { ...PULL_REQUEST, publicRepository: true } });
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(body).not.toMatch(/left\d@acme\.com/);
      expect(publication.summary).not.toMatch(/left\d@acme\.com/);
      expect(publication.log.join('\n')).not.toMatch(/left\d@acme\.com/);
      expectOrder(
        body,
        '### From this pull request (8)',
        '- 7 members not in sentry-members.yml (not named here: redact)',
        '### Already different in Sentry (drift): applied too on merge (1)',
        '- 1 member not in sentry-members.yml (not named here: redact)',
      );
      expect(body).toContain('Not named here, because this repository is public (redact)');
    },
  },
];

const merges: Row[] = [
  {
    name: 'an apply on merge refused by max-removals tells the merged pull request: refused, which guard, nothing written',
    report: () => {
      const { plan, state, config } = removingPlan();
      const reviewed = `${MARKER}\n${recordLine({ plan, shown: plan, named: undefined, config }, '')}\nthe plan`;
      return reportOf(
        { kind: 'guard-refused', plan, state, readAt: READ_AT, refusal: { guard: 'max-removals', count: 8, limit: 5 } },
        { mode: 'apply', event: PUSH, config, github: { pull: 7, comments: [{ id: 11, body: reviewed }], failures: [] } },
      );
    },
    want: (publication) => {
      const comment = onlyComment(publication);
      expect(comment).toMatchObject({ pull: 7, id: 11 });
      expect(firstLine(comment.body)).toMatch(
        /^❌ \*\*Refused\*\*: max-removals is 5 and this plan removes 8 members; nothing was written · for \[`0123456`\]/,
      );
      expect(comment.body).toContain('## sentry-members-sync did not apply the merge to acme');
      expect(comment.body).toContain('### The plan that was not applied: 9 changes to acme');
      // The record stays, so that a rerun is held against the same review.
      expect(comment.body.split('\n')[1]).toMatch(/^<!-- sentry-members-sync:reviewed /);
      expect(publication.outputs).toMatchObject({ applied: '0', failed: '0', changes: '9' });
    },
  },
  {
    name: 'reviewed-plan: require refuses on merge: the merged pull request says refused and what differs',
    report: () => {
      const { plan, state } = smallPlan();
      const review: ReviewCheck = {
        policy: 'require',
        pull: 7,
        found: true,
        matches: false,
        added: plan.changes.filter((c) => c.email === 'erin@acme.com'),
        dropped: [],
      };
      return reportOf(
        { kind: 'unreviewed', plan, state, readAt: READ_AT, review },
        { mode: 'apply', event: PUSH, github: prior() },
      );
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(firstLine(body)).toMatch(/^❌ \*\*Refused\*\*: the plan differs from the one reviewed on #7; nothing was written/);
      expectOrder(body, '#### Added since the review (1), not reviewed', '- **erin@acme.com** (Erin): leaves mobile');
    },
  },
  {
    name: 'a partial apply: partly applied, N of M, K failed; failed first; the plan is not repeated',
    report: () => {
      const { plan, state } = smallPlan();
      const review: ReviewCheck = { policy: 'warn', pull: 7, found: true, matches: true, added: [], dropped: [] };
      return reportOf(
        { kind: 'applied', plan, state, readAt: READ_AT, result: resultOf(plan, ['bob@acme.com']), review },
        { mode: 'apply', event: PUSH, github: prior() },
      );
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(firstLine(body)).toMatch(/^⚠️ \*\*Partly applied\*\*: 4 of 5 changes to acme \(1 failed\) · for \[`0123456`\]/);
      expect(body).toContain('## sentry-members-sync: partly applied: 4 of 5 changes to acme');
      expectOrder(
        body,
        '**4 applied, 1 failed, 0 blocked, 0 not needed**',
        ':white_check_mark: Matches the plan reviewed on #7.',
        '### Failed (1)',
      );
      expectOrder(
        body,
        '### Failed (1)',
        '**bob@acme.com**',
        ':x: PUT /api/0/organizations/acme/members/2/: HTTP 400',
        '### Applied (4)',
      );
      expect(body).not.toContain('The plan that was applied');
      expect(body.match(/\*\*dana@acme\.com\*\*/g)).toHaveLength(1);
      expect(publication.outputs).toMatchObject({ applied: '4', failed: '1' });
      expect(publication.failures).toEqual([
        '1 member write failed (listed above and in the job summary), 4 succeeded: fix the cause and run again; the next run makes only what is still missing',
      ]);
    },
  },
  {
    name: 'reviewed-plan: warn and a change nobody reviewed: applied, marked, listed, and a warning',
    report: () => {
      const { plan, state } = smallPlan();
      const review: ReviewCheck = {
        policy: 'warn',
        pull: 7,
        found: true,
        matches: false,
        added: plan.changes.filter((c) => c.email === 'erin@acme.com'),
        dropped: ['removal of zed@acme.com'],
      };
      return reportOf(
        { kind: 'applied', plan, state, readAt: READ_AT, result: resultOf(plan), review },
        { mode: 'apply', event: PUSH, github: prior() },
      );
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(firstLine(body)).toMatch(/^⚠️ \*\*Applied\*\*: 5 changes to acme \(not the reviewed plan\)/);
      expectOrder(
        body,
        'The plan differs from the one reviewed on #7: 1 change added, 1 dropped since the review (listed below).',
        '### Added since the review (1), not reviewed',
        '- **erin@acme.com** (Erin): leaves mobile',
        '### Dropped since the review (1), reviewed, no longer needed or no longer possible\n\n- removal of zed@acme.com',
        '### Applied (5)',
      );
      expect(publication.annotations).toContainEqual({
        level: 'warning',
        title: 'sentry-members-sync: not the reviewed plan',
        message:
          'Applied changes that were not in the plan reviewed on #7 (reviewed-plan: warn): 1 added (erin@acme.com), 1 dropped since the review.',
      });
      expect(publication.failures).toEqual([]);
    },
  },
  {
    name: 'an apply where every change was blocked is a failure, never "applied"',
    report: () => {
      const { plan, state } = smallPlan();
      const blocked = plan.changes.map((change) => ({ change, reasons: [{ kind: 'partnership' as const }] }));
      return reportOf(
        {
          kind: 'applied',
          plan: { ...plan, changes: [], blocked },
          state,
          readAt: READ_AT,
          result: { applied: [], failed: [], deferred: [], blocked, skipped: [] },
        },
        { mode: 'apply', event: PUSH, github: prior() },
      );
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(firstLine(body)).toMatch(/^❌ \*\*Failed\*\*: 0 of 5 changes to acme \(5 blocked\)/);
      expect(body).not.toMatch(/applied on merge/);
    },
  },
  {
    name: 'a public repository counts the writes it does not name: 5 writes are 5 applied',
    report: () => {
      const { plan, state, config } = removingPlan();
      return reportOf(
        {
          kind: 'applied',
          plan: { ...plan, changes: plan.changes.slice(0, 5) },
          state,
          readAt: READ_AT,
          result: resultOf({ ...plan, changes: plan.changes.slice(0, 5) }),
        },
        { mode: 'apply', event: { ...PUSH, publicRepository: true }, config, github: prior() },
      );
    },
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(firstLine(body)).toMatch(/^✅ \*\*Applied\*\*: 5 changes to acme/);
      expect(body).toContain('**5 applied, 0 failed, 0 blocked, 0 not needed**');
      expect(body).toContain('- 4 members not in sentry-members.yml (not named here: redact)');
      expect(body).not.toMatch(/left\d@acme\.com/);
      expect(publication.outputs).toMatchObject({ applied: '5' });
    },
  },
  {
    name: 'an invalid config at merge tells the merged pull request it was not applied, keeping the reviewed plan out of date',
    report: () =>
      reportOf(
        {
          kind: 'invalid-config',
          file: 'sentry-members.yml',
          problems: [{ severity: 'error', file: 'sentry-members.yml', line: 3, message: 'x' }],
        },
        { mode: 'apply', event: PUSH, config: undefined, organization: undefined, github: prior() },
      ),
    want: (publication) => {
      const { body } = onlyComment(publication);
      expect(firstLine(body)).toMatch(/^❌ \*\*Failed\*\*: sentry-members\.yml has 1 error · for \[`0123456`\]/);
      expect(body).toContain('## sentry-members-sync did not apply the merge');
      expect(body).toContain(
        'Out of date: the plan for 1a2b3c4 (Sentry read 2 Dec 2026, 16:30 UTC), the plan reviewed here, not applied',
      );
    },
  },
];

const driftIssues: Row[] = [
  {
    name: 'the drift issue says in the past tense what was corrected, when (readable), each member linked to Sentry and its line',
    report: () => {
      const { plan, state } = smallPlan();
      return reportOf(
        { kind: 'applied', plan, state, readAt: READ_AT, result: resultOf(plan) },
        { mode: 'apply', event: SCHEDULE, github: { comments: [], driftIssue: 'none', failures: [] } },
      );
    },
    want: (publication) => {
      const written = issue(publication);
      expect(written).toMatchObject({ number: undefined, state: 'open', title: 'Sentry membership drift: acme' });
      expect(firstLine(written.body)).toMatch(/^✅ \*\*Corrected\*\*: 5 changes between sentry-members\.yml and Sentry/);
      expect(written.body).toContain('## Corrected 5 changes on 2 Dec 2026, 16:41 UTC');
      expect(written.body).toContain(
        `- **dana@acme.com** (Dana Manager) · [line 12](https://github.com/acme/infra/blob/${MERGE}/sentry-members.yml#L12) · [in Sentry](https://sentry.io/settings/acme/members/3/)`,
      );
      expect(written.body).toContain('- **erin@acme.com** (Erin): left mobile · [line 13]');
      expect(written.body).not.toMatch(/This plan|\d{4}-\d\d-\d\dT/);
      expect(comments(publication)).toEqual([]);
    },
  },
  {
    name: 'a scheduled apply refused by a guard updates the drift issue: found, not corrected, why',
    report: () => {
      const { plan, state, config } = removingPlan();
      return reportOf(
        { kind: 'guard-refused', plan, state, readAt: READ_AT, refusal: { guard: 'max-removals', count: 8, limit: 5 } },
        {
          mode: 'apply',
          event: SCHEDULE,
          config,
          github: { comments: [], driftIssue: { number: 3, body: 'old' }, failures: [] },
        },
      );
    },
    want: (publication) => {
      const written = issue(publication);
      expect(written).toMatchObject({ number: 3, state: 'open' });
      expect(firstLine(written.body)).toMatch(
        /^❌ \*\*Refused\*\*: 9 changes between sentry-members\.yml and Sentry, not corrected/,
      );
      expect(written.body).toContain('more than input "max-removals" (5): nothing was written');
    },
  },
  {
    name: 'no drift left closes the issue with a readable date, what it said before folded',
    report: () => {
      const state = organization({ email: 'olivia@acme.com', role: 'owner' });
      const plan = createPlan(file({ 'olivia@acme.com': 'owner' }), state, rules());
      return reportOf(
        { kind: 'applied', plan, state, readAt: READ_AT, result: resultOf(plan) },
        {
          mode: 'apply',
          event: SCHEDULE,
          github: {
            comments: [],
            driftIssue: { number: 3, body: '<!-- sentry-members-sync:drift org=acme config=sentry%2Dmembers.yml -->\nold' },
            failures: [],
          },
        },
      );
    },
    want: (publication) => {
      const written = issue(publication);
      expect(written).toMatchObject({ number: 3, state: 'closed' });
      expect(firstLine(written.body)).toMatch(
        /^✅ \*\*No drift\*\*: acme matches sentry-members\.yml: closed .* Sentry read 2 Dec 2026, 16:41 UTC$/,
      );
      expect(written.body).toContain('<details><summary>What this issue said before</summary>\n\nold');
    },
  },
  {
    name: "an apply on merge never touches the drift issue: a merge's changes are not drift",
    report: () => {
      const { plan, state } = smallPlan();
      return reportOf(
        { kind: 'applied', plan, state, readAt: READ_AT, result: resultOf(plan) },
        { mode: 'apply', event: PUSH, github: { pull: 7, comments: [], driftIssue: 'none', failures: [] } },
      );
    },
    want: (publication) => {
      expect(publication.github.map((write) => write.kind)).toEqual(['comment']);
    },
  },
];

const redaction: Row[] = [
  {
    name: 'a private repository names everyone; redact: true hides members the file does not list there too',
    report: () => {
      const { plan, state } = smallPlan();
      return reportOf(plannedOf(plan, state));
    },
    want: (publication) => {
      expect(onlyComment(publication).body).toContain('mallory@acme.com');
      expect(onlyComment(publication).body).toContain('(Dana Manager)');
      const { plan, state } = smallPlan();
      const hidden = publish(reportOf(plannedOf(plan, state), { settings: { ...SETTINGS, redact: true } }));
      for (const text of [
        onlyComment(hidden).body,
        hidden.summary ?? '',
        hidden.log.join('\n'),
        JSON.stringify(hidden.annotations),
      ]) {
        expect(text).not.toContain('mallory@acme.com');
        expect(text).not.toContain('Dana Manager');
      }
      // plan.json, a file on the runner, keeps everything.
      expect(hidden.files[0]?.text).toContain('mallory@acme.com');
    },
  },
  {
    name: 'redact: false on a public repository publishes as before, with a warning',
    report: () => {
      const { plan, state } = smallPlan();
      return reportOf(plannedOf(plan, state), {
        settings: { ...SETTINGS, redact: false },
        event: { ...PULL_REQUEST, publicRepository: true },
      });
    },
    want: (publication) => {
      expect(onlyComment(publication).body).toContain('mallory@acme.com');
      expect(publication.annotations.map((a) => a.message)).toContainEqual(
        expect.stringMatching(/^This repository is public and redact is false/),
      );
    },
  },
];

const annotations: Row[] = [
  {
    name: 'a blocked change and a warning are annotations on their lines; an unknown team an error on its line',
    report: () => {
      const { plan, state, config } = longPlan();
      return reportOf(plannedOf({ ...plan, warnings: [{ message: 'w', line: 4 }] }, state), { config });
    },
    want: (publication) => {
      expect(publication.annotations).toContainEqual({
        level: 'error',
        title: 'sentry-members-sync: blocked change',
        message:
          'update zoe@acme.com (zoe) is blocked: the token\'s user (mia@acme.com, manager) may not assign the org role "owner"',
        file: 'sentry-members.yml',
        line: 12,
      });
      expect(publication.annotations).toContainEqual({
        level: 'warning',
        title: 'sentry-members-sync: warning',
        message: 'w',
        file: 'sentry-members.yml',
        line: 4,
      });
      const unknown = publish(
        reportOf({
          kind: 'unknown-teams',
          file: 'sentry-members.yml',
          readAt: READ_AT,
          problems: [
            { severity: 'error', file: 'sentry-members.yml', line: 12, column: 20, message: 'team "wbe" does not exist' },
          ],
          publicProblems: [
            { severity: 'error', file: 'sentry-members.yml', line: 12, column: 20, message: 'team "wbe" does not exist' },
          ],
        }),
      );
      expect(unknown.annotations).toContainEqual({
        level: 'error',
        title: 'sentry-members-sync: invalid config',
        message: 'sentry-members.yml:12:20: team "wbe" does not exist',
        file: 'sentry-members.yml',
        line: 12,
        column: 20,
      });
    },
  },
  {
    name: 'a blocked reason has one wording: the comment, the log, the annotation and plan.json (beside its data) say the same',
    report: () => {
      const { plan, state, config } = longPlan();
      return reportOf(plannedOf(plan, state), { config });
    },
    want: (publication) => {
      const words = 'the token\'s user (mia@acme.com, manager) may not assign the org role "owner"';
      expect(onlyComment(publication).body).toContain(`:no_entry: ${words}`);
      expect(publication.log.join('\n')).toContain(`because ${words}`);
      expect(publication.annotations.map((annotation) => annotation.message)).toContain(
        `update zoe@acme.com (zoe) is blocked: ${words}`,
      );
      const [planJson] = publication.files;
      expect(JSON.parse(planJson?.text ?? '{}').blocked[0].reasons).toEqual([
        { kind: 'role-not-assignable', role: 'owner', caller: { email: 'mia@acme.com', orgRole: 'manager' }, message: words },
      ]);
    },
  },
  {
    name: 'a failed write is an error annotation; the failures come last, each with what to do',
    report: () => {
      const { plan, state } = smallPlan();
      return reportOf(
        { kind: 'applied', plan, state, readAt: READ_AT, result: resultOf(plan, ['bob@acme.com']) },
        { mode: 'apply', event: SCHEDULE, github: { comments: [], failures: [] } },
      );
    },
    want: (publication) => {
      expect(publication.annotations).toContainEqual({
        level: 'error',
        title: 'sentry-members-sync: write failed',
        message:
          'update bob@acme.com (Bob Backend) failed: PUT /api/0/organizations/acme/members/2/: HTTP 400: teamRoles: Invalid teams',
      });
      expect(publication.log.join('\n')).toContain(
        'FAILED: update bob@acme.com (Bob Backend): PUT /api/0/organizations/acme/members/2/: HTTP 400: teamRoles: Invalid teams',
      );
    },
  },
];

const delivery: Row[] = [
  {
    name: 'comment: false writes nothing to GitHub',
    report: () => {
      const { plan, state } = smallPlan();
      return reportOf(plannedOf(plan, state), { settings: { ...SETTINGS, comment: false } });
    },
    want: (publication) => expect(publication.github).toEqual([]),
  },
  {
    name: 'an unchanged comment is not written again',
    report: () => {
      const { plan, state } = smallPlan();
      const first = publish(reportOf(plannedOf(plan, state)));
      return reportOf(plannedOf(plan, state), {
        github: { pull: 7, comments: [{ id: 5, body: onlyComment(first).body }], failures: [] },
      });
    },
    want: (publication) => expect(publication.github).toEqual([]),
  },
  {
    name: "comments that could not be read are not written (no duplicate), and the read's failure is a warning",
    report: () => {
      const { plan, state } = smallPlan();
      return reportOf(plannedOf(plan, state), {
        github: { pull: 7, failures: ['reading the comments of pull request #7 failed: HTTP 502: nothing is posted there'] },
      });
    },
    want: (publication) => {
      expect(publication.github).toEqual([]);
      expect(publication.annotations).toContainEqual({
        level: 'warning',
        title: 'sentry-members-sync: GitHub',
        message: 'reading the comments of pull request #7 failed: HTTP 502: nothing is posted there',
      });
    },
  },
  {
    name: 'validate only (no Sentry token): a notice, no outputs, nothing sent to GitHub',
    report: () =>
      reportOf({ kind: 'validated', config: smallConfig(), warnings: [] }, { validateOnly: 'no-token', mode: 'plan' }),
    want: (publication) => {
      expect(publication.annotations.map((a) => a.title)).toEqual([
        'sentry-members-sync: config valid',
        'sentry-members-sync: validated only',
      ]);
      expect(publication.github).toEqual([]);
      expect(publication.outputs).toEqual({});
      expect(publication.summary).toContain('## sentry-members-sync: config check');
    },
  },
];

describe('what a run publishes', () => {
  describe.each([
    ['a failed run', failedRuns],
    ['a plan', plans],
    ['an apply on merge', merges],
    ['the drift issue', driftIssues],
    ['a public repository', redaction],
    ['annotations', annotations],
    ['delivery', delivery],
  ] as const)('%s', (_group, rows) => {
    it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
      row.want(publish(row.report()));
    });
  });

  it('is the same value for the same report (no clock, no environment)', () => {
    const { plan, state, drift } = smallPlan();
    const report = reportOf(plannedOf(plan, state, { drift }));
    expect(publish(report)).toEqual(publish(report));
  });
});

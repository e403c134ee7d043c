/**
 * What the approval tests share (the shell's in test/action/approvals.test.ts and the bundle's in
 * test/action/approvals.e2e.test.ts): the demo organization, the example file with approvals
 * (its plan makes dana, a member in Sentry, manager and changes four other members), and a
 * simulated GitHub where acme/sentry-admins has sam (and pat, invited), a token that reads it,
 * and pull request #7 by dev with head HEAD, not merged yet.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Fixture } from '../../src/sim/fixture.ts';
import type { GitHubSim } from '../harness/github-sim.ts';
import { ROOT } from '../harness/run-action.ts';

export const fixture = JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')) as Fixture;
export const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
export const withApprovals = `${example}\napprovals:\n  privileged: [octocat, acme/sentry-admins]\n`;
export const HEAD = 'feedfacefeedfacefeedfacefeedfacefeedface';
export const EARLIER = 'eeee1111eeee1111eeee1111eeee1111eeee1111';
/** GITHUB_SHA of every run of the bundle's harness: the merge commit of pull request #7. */
export const MERGE = '0123456789abcdef0123456789abcdef01234567';
export const TEAMS_TOKEN = 'ghs_teams_app_token_for_acme';
export const user = (login: string) => ({ login, type: 'User' as const });

export function approvalsOnGitHub(github: GitHubSim): void {
  github.addOrganization('acme');
  github.addTeam('acme', 'sentry-admins', { members: ['sam'], pending: ['pat'] });
  github.tokens.set(TEAMS_TOKEN, { login: 'sentry-sync[bot]', kind: 'app', orgs: ['acme'] });
  github.addPull({ number: 7, author: user('dev'), head: { sha: HEAD, ref: 'grant-dana' } });
}

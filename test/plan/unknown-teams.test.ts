import { describe, expect, it } from 'vitest';
import type { OrgState } from '../../src/domain/org-state.ts';
import { unknownTeams } from '../../src/plan/unknown-teams.ts';
import { config, runFor, simulations } from '../engine/helpers.ts';

describe('unknown team slugs', () => {
  it('are located on the line and column of the slug, in list and in map form', async () => {
    const file = await config(
      [
        'members:',
        '  bob@acme.com:',
        '    role: member',
        '    teams:',
        '      - backend',
        '      - wbe',
        '  eve@acme.com: {role: member, teams: {backend: admin, opps: contributor}}',
        '',
      ].join('\n'),
    );
    const state = { teams: new Map([['backend', {}]]) } as unknown as OrgState;
    expect(unknownTeams(file, state)).toEqual([
      { owner: 'for bob@acme.com', file: 'sentry-members.yml', team: 'wbe', line: 6, column: 9 },
      { owner: 'for eve@acme.com', file: 'sentry-members.yml', team: 'opps', line: 7, column: 56 },
    ]);
  });
});

describe('an unknown team slug, against a live organization', () => {
  const start = simulations();
  it('names the teams the organization has, with a "did you mean" for a typo', async () => {
    const sim = await start();
    const outcome = await runFor(sim, 'organization: acme\nmembers:\n  max@acme.com: {role: member, teams: [backnd]}\n', 'plan');
    expect(outcome.kind).toBe('unknown-teams');
    expect(outcome.kind === 'unknown-teams' && outcome.problems[0]).toMatchObject({
      line: 3,
      message:
        'team "backnd" (for max@acme.com) does not exist in the Sentry organization "acme". Did you mean "backend"? Its teams: backend, ops, scim, web. Check the slug, or create the team in Sentry first',
    });
  });
});

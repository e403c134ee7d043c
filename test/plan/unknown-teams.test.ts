import { describe, expect, it } from 'vitest';
import type { OrgState } from '../../src/domain/org-state.ts';
import { unknownTeams } from '../../src/plan/plan.ts';
import { config } from '../engine/helpers.ts';

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
      { email: 'bob@acme.com', team: 'wbe', line: 6, column: 9 },
      { email: 'eve@acme.com', team: 'opps', line: 7, column: 56 },
    ]);
  });
});

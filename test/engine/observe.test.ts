import { describe, expect, it } from 'vitest';
import { EVERYONE, observe } from '../../src/observe/observe.ts';
import { clientFor, simulations } from './helpers.ts';

const start = simulations();

describe('observing the organization from team rosters', () => {
  it("keeps each member's teams in the order of the teams list, whichever roster arrives first", async () => {
    const sim = await start();
    // The first team's roster arrives last.
    sim.inject({ method: 'GET', path: '/api/0/teams/acme/backend/members/', delayMs: 150 });
    const client = clientFor(sim);
    try {
      const { state, strategy } = await observe(client, 'acme', EVERYONE);
      expect(strategy).toBe('rosters');
      const teamsOf = (email: string) => {
        const teams = state.members.find((member) => member.email === email)?.teams;
        return teams && [...teams];
      };
      expect(teamsOf('max@acme.com')).toEqual([
        ['backend', null],
        ['web', 'contributor'],
      ]);
      expect(teamsOf('bill@acme.com')).toEqual([]); // on no team: known to have none
      expect(teamsOf('pat@acme.com')).toEqual([['backend', null]]); // a pending invite, read on its own
    } finally {
      await client.close();
    }
  });
});

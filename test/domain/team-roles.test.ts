import { describe, expect, it } from 'vitest';
import { TeamRoles } from '../../src/domain/team-roles.ts';

describe('TeamRoles', () => {
  it('answers as the Map of the same entries would, in insertion order', () => {
    const entries: [string, 'admin' | 'contributor' | null][] = [
      ['web', null],
      ['backend', 'admin'],
      ['web', 'contributor'],
    ];
    const map = new Map(entries);
    const teams = TeamRoles.from(entries);
    expect([...teams]).toEqual([...map]);
    expect([...teams.keys()]).toEqual([...map.keys()]);
    expect([...teams.values()]).toEqual([...map.values()]);
    expect(teams.size).toBe(map.size);
    for (const slug of ['web', 'backend', 'ops']) {
      expect(teams.get(slug)).toBe(map.get(slug));
      expect(teams.has(slug)).toBe(map.has(slug));
    }
    const seen: string[] = [];
    teams.forEach((role, slug) => {
      seen.push(`${slug}=${role}`);
    });
    expect(seen).toEqual(['web=contributor', 'backend=admin']);
  });

  it('tells slugs from roles, even a team named "admin"', () => {
    const teams = TeamRoles.from([
      ['ops', 'admin'],
      ['admin', 'contributor'],
      ['admin', 'admin'],
    ]);
    expect([...teams]).toEqual([
      ['ops', 'admin'],
      ['admin', 'admin'],
    ]);
    expect(TeamRoles.from([['contributor', 'admin']]).get('admin')).toBeUndefined();
  });

  it('knows a team in list form (role null) is there', () => {
    const teams = TeamRoles.fromPairs(['web', null]);
    expect(teams.has('web')).toBe(true);
    expect(teams.get('web')).toBeNull();
    expect(TeamRoles.from([]).size).toBe(0);
  });
});

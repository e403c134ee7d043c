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

  it('indexes by key the teams given for it, in the order given, each list at its size', () => {
    // As the sections of a config list people: the index answers, per email, which teams and roles.
    const sections = [
      {
        slug: 'web',
        people: [
          ['ann@x.io', null],
          ['bob@x.io', 'admin'],
        ],
      },
      { slug: 'ops', people: [['bob@x.io', 'contributor']] },
      {
        slug: 'api',
        people: [
          ['ann@x.io', 'admin'],
          ['bob@x.io', null],
        ],
      },
    ] as const;
    const index = TeamRoles.index((visit) => {
      for (const section of sections) for (const [email, role] of section.people) visit(email, section.slug, role);
    });
    expect([...index.keys()]).toEqual(['ann@x.io', 'bob@x.io']);
    expect([...(index.get('ann@x.io') ?? [])]).toEqual([
      ['web', null],
      ['api', 'admin'],
    ]);
    expect([...(index.get('bob@x.io') ?? [])]).toEqual([
      ['web', 'admin'],
      ['ops', 'contributor'],
      ['api', null],
    ]);
    // No room kept: the list holds the pairs and nothing else.
    expect(index.get('bob@x.io')?.pairs).toHaveLength(6);
    expect(index.get('bob@x.io')?.pairs.includes(undefined as never)).toBe(false);
  });
});

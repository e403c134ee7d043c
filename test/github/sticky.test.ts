/** This action's comments, found by their marker and their author, never another's (src/github/sticky.ts). */
import { describe, expect, it } from 'vitest';
import type { IssueComment } from '../../src/github/api.ts';
import { markerOf, ourComments, stickyMarker } from '../../src/github/sticky.ts';

const marker = stickyMarker('plan', 'acme', 'sentry-members.yml');
const comment = (id: number, body: string, authorLogin = 'github-actions[bot]', minimized = false): IssueComment => ({
  id,
  body,
  authorLogin,
  minimized,
});

describe('the sticky comment', () => {
  it('names its organization and config in a marker that reads back', () => {
    expect(marker).toBe('<!-- sentry-members-sync:plan org=acme config=sentry%2Dmembers.yml -->');
    expect(markerOf(`${marker}\nbody`)).toEqual({
      kind: 'plan',
      organization: 'acme',
      config: 'sentry-members.yml',
      line: marker,
    });
    expect(markerOf(stickyMarker('plan', undefined, 'a b/c.yml'))).toMatchObject({ organization: '', config: 'a b/c.yml' });
    expect(markerOf(`quoted ${marker}`)).toBeUndefined();
  });

  it("is ours: the token's identity (GraphQL names bots without [bot]), not minimized, never another author's", () => {
    const found = ourComments(
      [
        comment(1, `${marker}\nsomeone else's bot`, 'renovate[bot]'),
        comment(2, `${marker}\nquoted by a person`, 'octocat'),
        comment(3, `${marker}\nhidden`, 'github-actions[bot]', true),
        comment(4, `${marker}\nours`, 'github-actions'),
        comment(5, 'no marker', 'github-actions[bot]'),
        comment(6, `${stickyMarker('drift', 'acme', 'sentry-members.yml')}\nan issue's marker`),
      ],
      'github-actions[bot]',
    );
    expect(found.map((c) => c.id)).toEqual([4]);
    // Without a viewer (GraphQL refused), GITHUB_TOKEN's identity.
    expect(ourComments([comment(4, `${marker}\nours`)], undefined).map((c) => c.id)).toEqual([4]);
    expect(ourComments([comment(7, `${marker}\nours`, 'my-app[bot]')], 'my-app').map((c) => c.id)).toEqual([7]);
  });
});

import type { IssueComment } from './api.ts';

/**
 * The hidden marker of this action's comment (or drift issue) for one organization and config
 * file, so several configs or organizations in one repository each keep their own.
 */
export function stickyMarker(kind: 'plan' | 'drift', organization: string, config: string): string {
  const safe = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
  return `<!-- sentry-members-sync:${kind} org=${safe(organization)} config=${safe(config)} -->`;
}

/** The identity that writes with GITHUB_TOKEN. */
export const ACTIONS_LOGIN = 'github-actions[bot]';

/** One login whichever API spelt it: GraphQL names a bot without the `[bot]` that REST adds. */
function sameLogin(a: string, b: string): boolean {
  const plain = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');
  return plain(a) === plain(b);
}

/**
 * This action's earlier comment: it holds the marker, was written by the token's own identity
 * (GraphQL's viewer; GITHUB_TOKEN's when the viewer cannot be asked) and has not been minimized.
 * Other authors' comments, other bots' included, are never touched, even if they quote the marker.
 */
export function findSticky(
  comments: readonly IssueComment[],
  marker: string,
  viewer: string | undefined,
): IssueComment | undefined {
  const self = viewer ?? ACTIONS_LOGIN;
  return comments.find(
    (comment) => comment.body.startsWith(marker) && !comment.minimized && sameLogin(comment.authorLogin, self),
  );
}

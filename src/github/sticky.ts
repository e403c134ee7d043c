import type { IssueComment } from './api.ts';

/**
 * The hidden marker of this action's comment (or drift issue) for one organization and config
 * file, so several configs or organizations in one repository each keep their own.
 */
export function stickyMarker(kind: 'plan' | 'drift', organization: string, config: string): string {
  const safe = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');
  return `<!-- sentry-members-sync:${kind} org=${safe(organization)} config=${safe(config)} -->`;
}

/**
 * This action's earlier comment: it holds the marker and was written by a bot (GITHUB_TOKEN) or
 * by the token's own user. Other authors' comments are never touched, even if they quote the marker.
 */
export function findSticky(
  comments: readonly IssueComment[],
  marker: string,
  viewer: string | undefined,
): IssueComment | undefined {
  return comments.find(
    (comment) =>
      comment.body.startsWith(marker) &&
      (comment.authorType === 'Bot' || (viewer !== undefined && comment.authorLogin === viewer)),
  );
}

import type { IssueComment } from './api.ts';

/**
 * The hidden marker of this action's comment (or drift issue) for one organization and config
 * file, so several configs or organizations in one repository each keep their own. A run that
 * cannot tell its organization (the config is invalid and no input names one) writes the marker
 * with an empty organization.
 */
export function stickyMarker(kind: 'plan' | 'drift', organization: string | undefined, config: string): string {
  return `<!-- sentry-members-sync:${kind} org=${safe(organization ?? '')} config=${safe(config)} -->`;
}

function safe(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

const MARKER = /^<!-- sentry-members-sync:(plan|drift) org=(\S*) config=(\S*) -->(?:\n|$)/;

/** What a body's marker names, or undefined when it has none. */
export function markerOf(
  body: string,
):
  | { readonly kind: 'plan' | 'drift'; readonly organization: string; readonly config: string; readonly line: string }
  | undefined {
  const match = MARKER.exec(body);
  if (!match) return undefined;
  const [line = '', kind, organization = '', config = ''] = match;
  try {
    return {
      kind: kind === 'drift' ? 'drift' : 'plan',
      organization: decodeURIComponent(organization),
      config: decodeURIComponent(config),
      line: line.replace(/\n$/, ''),
    };
  } catch {
    return undefined;
  }
}

/** The identity that writes with GITHUB_TOKEN. */
export const ACTIONS_LOGIN = 'github-actions[bot]';

/** One login whichever API spelt it: GraphQL names a bot without the `[bot]` that REST adds. */
export function sameLogin(a: string, b: string): boolean {
  const plain = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');
  return plain(a) === plain(b);
}

/**
 * This action's plan comments: they start with a plan marker, were written by the token's own
 * identity (GraphQL's viewer; GITHUB_TOKEN's when the viewer cannot be asked) and have not been
 * minimized. Other authors' comments, other bots' included, are never touched, even if they
 * quote the marker.
 */
export function ourComments(comments: readonly IssueComment[], viewer: string | undefined): IssueComment[] {
  const self = viewer ?? ACTIONS_LOGIN;
  return comments.filter(
    (comment) => markerOf(comment.body)?.kind === 'plan' && !comment.minimized && sameLogin(comment.authorLogin, self),
  );
}

/**
 * Who, other than the token's own identity, edited a comment last (undefined: nobody did). Its
 * author stays this action's identity whoever edits it, so only this says whether its hidden
 * record is still what the action wrote ('a deleted account' when GitHub no longer names the editor).
 */
export function editedByOther(comment: IssueComment, viewer: string | undefined): string | undefined {
  if (comment.editorLogin === undefined) return undefined;
  if (comment.editorLogin === '') return 'a deleted account';
  return sameLogin(comment.editorLogin, viewer ?? ACTIONS_LOGIN) ? undefined : comment.editorLogin;
}

/** Whether an issue is this action's own for `marker`: it starts with the marker and the token's identity opened it. */
export function isOurIssue(
  issue: { readonly body: string; readonly authorLogin: string },
  marker: string,
  viewer: string | undefined,
): boolean {
  return markerOf(issue.body)?.line === marker && sameLogin(issue.authorLogin, viewer ?? ACTIONS_LOGIN);
}

/**
 * The GitHub events a run for a pull request comes from: each plans the pull request's head and
 * writes its comment. `pull_request_review` runs the plan again when a review is submitted or
 * dismissed, so that an approval of an owner or manager grant shows on the comment at once.
 */
const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

export function isPullRequestEventName(name: string): boolean {
  return PULL_REQUEST_EVENTS.has(name);
}

import type { ReviewedPlan } from '../engine/review.ts';
import { changeDigest, planDigest } from '../plan/digest.ts';
import type { MemberChange, Plan } from '../plan/types.ts';

/**
 * The hidden record of the plan a pull request's comment shows, for the apply on merge to hold
 * its fresh plan against (docs/behaviour.md, section 10). Everything that writes or reads the
 * record is here. It stays small whatever the plan's size: the plan's full SHA-256 digest always,
 * then each change's short digest with words for it while they fit in RECORD_BUDGET, else the
 * digests alone, else the plan's digest alone (a large plan is compared as a whole). The words
 * come from the view shown (`shown`), so a public repository's record names nobody the file
 * does not list.
 */

const PREFIX = '<!-- sentry-members-sync:reviewed ';
/** The most of a comment the record may take, in characters. */
export const RECORD_BUDGET = 4_000;

export function recordLine(plan: Plan, shown: Plan): string {
  const words = new Map(shown.changes.map((change) => [changeDigest(change), `${verb(change)} ${change.email}`]));
  const digests = plan.changes.map(changeDigest);
  const digest = planDigest(plan);
  const candidates = [
    { plan: digest, changes: Object.fromEntries(digests.map((d) => [d, words.get(d) ?? 'removal of a member not in the file'])) },
    { plan: digest, changes: Object.fromEntries(digests.map((d) => [d, ''])) },
  ];
  const line = (record: object) => `${PREFIX}${JSON.stringify(record).replace(/>/g, '\\u003e')} -->`;
  // JSON inside an HTML comment: no ">" may end it early.
  return candidates.map(line).find((text) => text.length <= RECORD_BUDGET) ?? line({ plan: digest });
}

/** The reviewed plan a comment records, or undefined. */
export function readRecord(body: string, pull: number): ReviewedPlan | undefined {
  const line = recordLineOf(body);
  if (!line) return undefined;
  try {
    const data = JSON.parse(line.slice(PREFIX.length, line.lastIndexOf(' -->'))) as {
      plan?: unknown;
      changes?: Record<string, unknown>;
    };
    if (typeof data.plan !== 'string') return undefined;
    if (data.changes === undefined) return { pull, digest: data.plan };
    const changes = new Map<string, string>();
    for (const [digest, words] of Object.entries(data.changes))
      changes.set(digest, typeof words === 'string' && words ? words : 'a change');
    return { pull, digest: data.plan, changes };
  } catch {
    return undefined;
  }
}

/** The line of a body that holds its record, to keep it when the comment is rewritten with a result. */
export function recordLineOf(body: string): string | undefined {
  return body.split('\n').find((line) => line.startsWith(PREFIX));
}

/** A change in the few words the record and the review's lists use: `update of bob@acme.com`. */
export function changeWords(change: MemberChange): string {
  return `${verb(change)} ${change.email}`;
}

function verb(change: MemberChange): string {
  return {
    update: 'update of',
    invite: 'invitation of',
    reinvite: 'new invitation of',
    remove: 'removal of',
    conflict: 'conflict of',
  }[change.kind];
}

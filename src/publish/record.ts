import { createHash } from 'node:crypto';
import type { Config } from '../config/model.ts';
import type { ReviewedPlan } from '../engine/review.ts';
import { configDigest, isUnnamed, type Named, planDigest, publishedDigest } from '../plan/digest.ts';
import type { MemberChange, Plan } from '../plan/types.ts';
import { earlierPlan } from './bodies.ts';
import { statusWordOf } from './status.ts';

/**
 * The hidden record of the plan a pull request's comment shows, for the apply on merge to hold
 * its fresh plan against (docs/behaviour.md, section 10). Everything that writes or reads the
 * record is here. It holds full SHA-256 digests only: of the plan's changes, of the config the
 * plan was made from, and of the plan's text as the comment shows it (so a record that does not
 * belong to the plan shown is refused); then, while they fit in RECORD_BUDGET, each change's
 * digest with words for it, else the digests alone, else nothing more (a large plan is compared
 * as a whole). On a public repository (redact) a change to a member the file does not list is
 * recorded by its kind alone, never by a digest of who it is: a digest anyone can compute would
 * confirm a guessed email.
 */

const PREFIX = '<!-- sentry-members-sync:reviewed ';
/** The most of a comment the record may take, in characters. */
export const RECORD_BUDGET = 4_000;
/** The record's format; an earlier one (48-bit digests) holds no reviewed plan. */
const VERSION = 2;

/** What a record is made from. */
export interface RecordOf {
  /** The plan (every change). */
  readonly plan: Plan;
  /** The plan as the comment shows it (the public view under redact): the words come from it. */
  readonly shown: Plan;
  /** Under redact, who may be named: the members the file lists. */
  readonly named: Named;
  readonly config: Config;
}

interface RecordData {
  readonly v: number;
  readonly plan: string;
  readonly config: string;
  /** The digest of the plan's text the comment shows. */
  readonly shown: string;
  readonly redacted?: true;
  readonly changes?: readonly (readonly [string, string])[];
}

/** The digest of a plan's text as a comment shows it (between its hidden lines, trailing space left out). */
function textDigest(markdown: string): string {
  return createHash('sha256').update(markdown.trimEnd()).digest('base64url');
}

/** The record line of a plan whose comment shows `visible` (its length does not depend on `visible`). */
export function recordLine(of: RecordOf, visible: string): string {
  const { plan, shown, named } = of;
  const words = new Map(shown.changes.map((change) => [publishedDigest(change, named), changeWords(change)]));
  const digests = plan.changes.map((change) => publishedDigest(change, named));
  const base = {
    v: VERSION,
    plan: planDigest(plan, named),
    config: configDigest(of.config),
    shown: textDigest(visible),
    ...(named ? { redacted: true as const } : {}),
  };
  const unnamedWords = new Map(
    plan.changes
      .filter((change) => isUnnamed(change, named))
      .map((change) => [publishedDigest(change, named), unnamedChangeWords(change)]),
  );
  const candidates: RecordData[] = [
    { ...base, changes: digests.map((d) => [d, words.get(d) ?? unnamedWords.get(d) ?? 'a change']) },
    { ...base, changes: digests.map((d) => [d, '']) },
  ];
  // JSON inside an HTML comment: no ">" may end it early.
  const line = (record: RecordData) => `${PREFIX}${JSON.stringify(record).replace(/>/g, '\\u003e')} -->`;
  return candidates.map(line).find((text) => text.length <= RECORD_BUDGET) ?? line(base);
}

/** Who may have written a comment, as read from GitHub. */
export interface CommentRead {
  readonly body: string;
  /** Set when someone other than the token's identity edited it last (GitHub's `editor`). */
  readonly editedBy?: string;
}

/**
 * The reviewed plan a comment of this action records, or why it holds none that can be trusted
 * (`untrusted`): edited by someone else, a record that does not belong to the plan shown, a
 * garbled or outdated record. Neither: the comment records no plan (a failed run rewrote it).
 */
export function reviewedPlanOf(comment: CommentRead, pull: number): { reviewed?: ReviewedPlan; untrusted?: string } {
  if (comment.editedBy !== undefined)
    return { untrusted: `its comment was last edited by ${comment.editedBy}, not by this action, so it holds no reviewed plan` };
  const line = recordLineOf(comment.body);
  if (!line) return {};
  const data = parse(line);
  if (!data) return { untrusted: 'its hidden record is garbled, so it holds no reviewed plan' };
  if (data.v !== VERSION)
    return {
      untrusted: 'its hidden record was written by an earlier version of this action, which this one does not trust: plan again',
    };
  // While the comment shows the plan it was written with, the record must be that plan's.
  if (statusWordOf(comment.body) === 'Planned') {
    const shown = earlierPlan(comment.body);
    if (!shown || textDigest(shown.markdown) !== data.shown)
      return { untrusted: 'its hidden record does not belong to the plan the comment shows, so it holds no reviewed plan' };
  }
  return {
    reviewed: {
      pull,
      digest: data.plan,
      config: data.config,
      redacted: data.redacted === true,
      ...(data.changes ? { changes: data.changes } : {}),
    },
  };
}

function parse(line: string): RecordData | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line.slice(PREFIX.length, line.lastIndexOf(' -->')));
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const digest = (value: unknown) => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
  if (record.v !== VERSION) return { v: typeof record.v === 'number' ? record.v : 1, plan: '', config: '', shown: '' };
  if (!digest(record.plan) || !digest(record.config) || !digest(record.shown)) return undefined;
  const changes = record.changes;
  if (changes !== undefined) {
    if (!Array.isArray(changes)) return undefined;
    for (const entry of changes)
      if (!Array.isArray(entry) || entry.length !== 2 || !digest(entry[0]) || typeof entry[1] !== 'string') return undefined;
  }
  return record as unknown as RecordData;
}

/** The line of a body that holds its record, to keep it when the comment is rewritten with a result. */
export function recordLineOf(body: string): string | undefined {
  return body.split('\n').find((line) => line.startsWith(PREFIX));
}

/** A change in the few words the record and the review's lists use: `update of bob@acme.com`. */
export function changeWords(change: MemberChange): string {
  return `${verb(change)} ${change.email}`;
}

/** A change to a member a public record does not name, in words. */
function unnamedChangeWords(change: MemberChange): string {
  return `${verb(change)} a member not in the file`;
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

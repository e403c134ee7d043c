import { escapeMarkdown } from '../render/markdown.ts';
import { logLines } from '../render/plan-text.ts';

/**
 * The one line every comment, job summary and drift issue starts with: a mark, the outcome in a
 * word, what it is about, the commit it is for, the run, and when Sentry was read, so a reader
 * sees at once whether it is current and whether it went well.
 */
export interface Status {
  /** ✅ all went as it should; ⚠️ done, with something to look at; ❌ failed or refused. */
  readonly mark: 'ok' | 'attention' | 'failed';
  /** Planned, Failed, Applied, Partly applied, Refused, Corrected, Found. */
  readonly word: string;
  /** What it is about, briefly: `5 changes to acme`, `sentry-members.yml has 2 errors`. */
  readonly what: string;
  readonly commit?: { readonly sha: string; readonly url?: string };
  readonly runUrl?: string;
  /** When Sentry was read; undefined: it was not (with `at`, when the run ended). */
  readonly readAt?: number;
  readonly at: number;
}

const MARKS: Record<Status['mark'], string> = { ok: '✅', attention: '⚠️', failed: '❌' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An instant as people read it: `2 Dec 2026, 16:41 UTC`. */
export function readableTime(ms: number): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}

function when(status: Status): string {
  return status.readAt === undefined
    ? `Sentry not read (${readableTime(status.at)})`
    : `Sentry read ${readableTime(status.readAt)}`;
}

export function statusMarkdown(status: Status): string {
  const commit = status.commit
    ? `for ${status.commit.url ? `[\`${status.commit.sha.slice(0, 7)}\`](${status.commit.url})` : `\`${status.commit.sha.slice(0, 7)}\``}`
    : undefined;
  return [
    `${MARKS[status.mark]} **${status.word}**: ${escapeMarkdown(status.what)}`,
    commit,
    status.runUrl ? `[run](${status.runUrl})` : undefined,
    when(status),
  ]
    .filter((part) => part !== undefined)
    .join(' · ');
}

/** The status for the log, made harmless like every log line. */
export function statusText(status: Status): string {
  return logLines([
    [
      `${MARKS[status.mark]} ${status.word}: ${status.what}`,
      status.commit ? `for ${status.commit.sha.slice(0, 7)}` : undefined,
      when(status),
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
  ]);
}

const STATUS_LINE = /^(?:✅|⚠️|❌) \*\*([^*\n]+)\*\*: /;

/** The outcome word of a body's status line (`Planned`, `Applied`, `Refused`...), or undefined when it has none. */
export function statusWordOf(body: string): string | undefined {
  for (const line of body.split('\n', 8)) {
    const match = STATUS_LINE.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

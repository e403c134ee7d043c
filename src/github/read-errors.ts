import { redactSecrets } from '../domain/secrets.ts';
import { escapeInvisible } from '../domain/text.ts';

/** Why a read from GitHub failed, for callers that treat them differently (a missing team is a config error). */
export type ReadFailure = 'not-found' | 'forbidden' | 'unauthorized' | 'rate-limited' | 'no-answer' | 'server' | 'unreadable';

/** What a read was about, to say what to do when it fails. */
export interface ReadSubject {
  /** For people: "GitHub team acme/backend", "pull request #7". */
  readonly what: string;
  /** The input whose token reads it. */
  readonly input: 'github-token' | 'github-teams-token';
  /** The access that token needs, in words. */
  readonly access: string;
}

/** A GitHub read that failed, described for people: method, path, status, GitHub's words, what to do. */
export class GitHubReadError extends Error {
  override name = 'GitHubReadError';
  readonly method: string;
  readonly path: string;
  /** 0 when no answer came. */
  readonly status: number;
  readonly failure: ReadFailure;

  constructor(
    request: { readonly method: string; readonly path: string },
    status: number,
    failure: ReadFailure,
    serverDetail: string,
    options?: { readonly hint?: string; readonly cause?: unknown },
  ) {
    // GitHub's words (or a proxy's) may echo the token: redacted, and shown on one line as written.
    const detail = escapeInvisible(redactSecrets(serverDetail));
    super(
      `${request.method} ${request.path}: ${status === 0 ? 'no answer' : `HTTP ${status}`}: ${detail}${options?.hint ? ` (${options.hint})` : ''}`,
      options?.cause === undefined ? {} : { cause: options.cause },
    );
    this.method = request.method;
    this.path = request.path;
    this.status = status;
    this.failure = failure;
  }
}

/** The failure a status stands for, and what to do about it. */
export function failureOf(status: number, subject: ReadSubject): { failure: ReadFailure; hint: string | undefined } {
  switch (status) {
    case 401:
      return { failure: 'unauthorized', hint: `${subject.input} is invalid or expired: give the workflow a working token` };
    case 403:
      return { failure: 'forbidden', hint: `the token cannot read ${subject.what}: ${subject.input} needs ${subject.access}` };
    case 404:
      return {
        failure: 'not-found',
        hint: `${subject.what} does not exist, or ${subject.input} cannot see it: check the name; ${subject.input} needs ${subject.access}`,
      };
    default:
      return status >= 500
        ? { failure: 'server', hint: 'GitHub failed; it was retried: run again later' }
        : { failure: 'unreadable', hint: undefined };
  }
}

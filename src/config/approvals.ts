import type { Approvals, Approver } from './model.ts';
import type { Reader } from './reader.ts';
import type { RawApprovals } from './schema.ts';

/** An approver as the file writes it: `octocat`, or `acme/sentry-admins`. */
export function approverName(approver: Approver): string {
  return approver.kind === 'person' ? approver.login : `${approver.org}/${approver.team}`;
}

/**
 * `approvals` of one file (the schema has checked each entry's shape): logins and org/team slugs,
 * each once (GitHub compares them without case; one written twice is a warning).
 */
export function readApprovals(raw: RawApprovals, reader: Reader): Approvals {
  const { source, report } = reader;
  const privileged: Approver[] = [];
  const seen = new Map<string, { text: string; line: number }>();
  for (const [index, text] of raw.privileged.entries()) {
    const position = source.locate(['approvals', 'privileged', String(index)]);
    const key = text.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report(
        'warning',
        position,
        `${text} is in approvals.privileged twice (as ${earlier.text} on line ${earlier.line}; GitHub names match without case): once is enough`,
      );
      continue;
    }
    seen.set(key, { text, line: position.line });
    const slash = text.indexOf('/');
    privileged.push(
      slash < 0 ? { kind: 'person', login: text } : { kind: 'team', org: text.slice(0, slash), team: text.slice(slash + 1) },
    );
  }
  return { privileged, file: reader.file, position: source.locate(['approvals'], 'key') };
}

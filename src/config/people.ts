import { checkEmailCharacters } from './emails.ts';
import type { Person } from './model.ts';
import type { Reader } from './reader.ts';
import { quote } from './schema.ts';

/**
 * `people`: GitHub login -> the email of that person's Sentry account (for sections that follow
 * a GitHub team). Logins are compared without case, as GitHub does: two keys that differ only in
 * case are an error; emails are checked like every other email of the file.
 */
export function readPeople(raw: Record<string, string>, reader: Reader): Map<string, Person> {
  const { file, source, report } = reader;
  const people = new Map<string, Person>();
  for (const [login, address] of Object.entries(raw)) {
    const position = source.locate(['people', login], 'key');
    const earlier = people.get(login.toLowerCase());
    if (earlier) {
      report(
        'error',
        position,
        `${quote(login)} and ${quote(earlier.login)} (line ${earlier.position.line}) are the same GitHub login: logins are compared case-insensitively; keep one entry`,
      );
      continue;
    }
    checkEmailCharacters(address, source.locate(['people', login]), report);
    people.set(login.toLowerCase(), { login, email: reader.email(address.toLowerCase()), file, position });
  }
  return people;
}

import { firstInvisible, nonAscii } from '../domain/text.ts';
import type { Position } from './model.ts';
import type { Report } from './reader.ts';
import { quote } from './schema.ts';

/**
 * Whitespace, control and invisible characters in an email are errors (the schema's pattern
 * catches most; this catches every one); other non-ASCII letters may be look-alikes (Cyrillic "а"
 * for Latin "a"): a warning, not an error.
 */
export function checkEmailCharacters(email: string, position: Position, report: Report): void {
  const invisible = firstInvisible(email);
  if (invisible !== undefined) {
    report(
      'error',
      position,
      `${quote(email)} contains the invisible or control character ${invisible}, which an email never has; retype the address`,
    );
    return;
  }
  const letters = nonAscii(email);
  if (letters.length === 0) return;
  report(
    'warning',
    position,
    `${quote(email)} contains non-ASCII characters (${letters.map((letter) => `${letter} U+${(letter.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}): check that it is the address you mean and not a look-alike`,
  );
}

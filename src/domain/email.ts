import { firstInvisible } from './text.ts';

/**
 * Whether a text is an email address as the config file's schema defines one (docs/behaviour.md,
 * section 1): one `@` after a non-empty local part, a domain with a dot, and no whitespace,
 * control or invisible character. An account whose email is not one can never be named by an
 * entry of the file.
 */
export function isAddress(text: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/u.test(text) && firstInvisible(text) === undefined;
}

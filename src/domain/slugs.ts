/**
 * Sentry's rule for organization and team slugs (docs/behaviour.md, section 1): lowercase
 * letters, digits, `-` and `_`, not only digits, at most 50 characters. The config's schema holds
 * the same pattern (a test keeps them equal); slugs the server sends are held to it too, so a slug
 * is always a safe name for a file (`teams/<slug>.yml`) and a path segment.
 */
export const SLUG_PATTERN = '^(?![0-9]+$)[a-z0-9_-]+$';
export const SLUG_MAX_LENGTH = 50;

const SLUG = new RegExp(SLUG_PATTERN);

export function isSlug(text: string): boolean {
  return text.length <= SLUG_MAX_LENGTH && SLUG.test(text);
}

/** The rule in words, for messages. */
export const SLUG_RULE = 'lowercase letters, digits, "-" and "_", not only digits, at most 50 characters';

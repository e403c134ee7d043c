import { escapeInvisible } from '../domain/text.ts';

/**
 * Markdown that text from outside (config keys, Sentry names and emails) cannot break: no
 * formatting, no HTML, no table cells split, no @mention notifying anyone. Invisible and control
 * characters show escaped (`\u202e`). Emails stay exactly as they are: only an `@` that GitHub
 * would link (not after a letter, digit or one of `._-+`) gets an empty HTML comment after it,
 * which breaks the mention and leaves the copied text unchanged.
 */
export function escapeMarkdown(text: string): string {
  return escapeInvisible(text)
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&]/g, (char) =>
      char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`,
    )
    .replace(/(^|[^A-Za-z0-9._+\\-])@/g, '$1@<!-- -->');
}

/** A markdown table; cells must already be escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

import { escapeInvisible } from '../domain/text.ts';

/**
 * Markdown that text from outside (config keys, Sentry names and emails) cannot break, escaping
 * only what markdown or HTML needs: emphasis, code, links and tables (`\ ` * _ [ ] | ~`) with a
 * backslash, `<`, `>` and `&` as HTML entities. Invisible and control characters show escaped
 * (`\u202e`). Emails stay exactly as they are: only an `@` that GitHub would turn into a mention
 * (not after a letter, digit or one of `._-+`), and a URL GitHub would turn into a link, get an
 * empty HTML comment inside them, which breaks the mention or link and leaves the text as read
 * and copied unchanged.
 */
export function escapeMarkdown(text: string): string {
  return escapeInvisible(text)
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/[<>&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&amp;'))
    .replace(/(^|[^A-Za-z0-9._+\\-])@/g, '$1@<!-- -->')
    .replace(/(:)(\/\/)/g, '$1<!-- -->$2')
    .replace(/\b(www)\./gi, '$1<!-- -->.');
}

/** A markdown table; cells must already be escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Text as inline code: shown as it is (nothing inside a code span is markdown), a backtick as a quote, invisible characters escaped. */
export function codeSpan(text: string): string {
  return `\`${escapeInvisible(text).replace(/`/g, "'")}\``;
}

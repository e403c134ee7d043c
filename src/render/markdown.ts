/**
 * Markdown that text from outside (config keys, Sentry names and emails) cannot break: no
 * formatting, no HTML, no table cells split, no @mention notifying anyone.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&]/g, (char) =>
      char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`,
    )
    .replace(/@/g, '@\u200B')
    .replace(/\r?\n/g, ' ');
}

/** A markdown table; cells must already be escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

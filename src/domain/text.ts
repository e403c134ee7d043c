/**
 * Characters that change what a reader sees or what a log line does without being visible
 * themselves: control characters (newlines included), invisible format characters (zero-width
 * spaces and joiners, bidirectional controls, soft hyphen, BOM, variation selectors) and
 * separators other than the plain space. Text from outside (Sentry's names, emails and error
 * bodies; keys of the file) shows them escaped, as `\u202e`.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], // C0 controls, newlines and tabs included
  [0x007f, 0x009f], // DEL and C1 controls
  [0x00a0, 0x00a0], // no-break space
  [0x00ad, 0x00ad], // soft hyphen
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x1680, 0x1680], // Ogham space mark
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x2000, 0x200f], // spaces of other widths, zero-width space, joiners, directional marks
  [0x2028, 0x202f], // line and paragraph separators, bidirectional embeddings and overrides, narrow space
  [0x205f, 0x206f], // medium space, word joiner, invisible operators, bidirectional isolates
  [0x3000, 0x3000], // ideographic space
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // byte order mark, zero-width no-break space
  [0xfff9, 0xfffb], // interlinear annotation controls
];

function isInvisible(code: number): boolean {
  return INVISIBLE_RANGES.some(([low, high]) => code >= low && code <= high);
}

function escaped(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every invisible or control character written as `\uXXXX`. */
export function escapeInvisible(text: string): string {
  let result = '';
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isInvisible(code)) continue;
    result += text.slice(start, index) + escaped(code);
    start = index + 1;
  }
  return start === 0 ? text : result + text.slice(start);
}

/** The first invisible, control or whitespace character of `text` (a plain space included), as `U+XXXX`. */
export function firstInvisible(text: string): string | undefined {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || isInvisible(code)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}

/** The non-ASCII characters of `text`, each once (look-alike letters in an email). */
export function nonAscii(text: string): string[] {
  return [...new Set([...text].filter((char) => (char.codePointAt(0) ?? 0) > 0x7f))];
}

import type { ConfigProblem, Position } from './model.ts';

/** Where the parts of the file are: answered by YamlSource, or by LeanSource for valid files. */
export interface Locator {
  locate(path: readonly string[], at?: 'value' | 'key'): Position;
}

/** Records a problem of the file being read, at a position. */
export type Report = (severity: ConfigProblem['severity'], position: Position | undefined, message: string) => void;

/**
 * What every part of the model is built with: where things are, where problems go, and one
 * string per slug and role (they repeat across thousands of members: one string each, not one
 * per mention).
 */
export interface Reader {
  readonly file: string;
  readonly source: Locator;
  readonly report: Report;
  readonly intern: (text: string) => string;
}

export function createReader(file: string, source: Locator, report: Report): Reader {
  const interned = new Map<string, string>();
  return {
    file,
    source,
    report,
    intern: (text) => {
      const known = interned.get(text);
      if (known !== undefined) return known;
      interned.set(text, text);
      return text;
    },
  };
}

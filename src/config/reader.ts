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
 * per mention), and per lower-cased email (`email`).
 */
export interface Reader {
  readonly file: string;
  readonly source: Locator;
  readonly report: Report;
  readonly intern: (text: string) => string;
  /**
   * One string per lower-cased email across the files of a config that has several: a member's
   * email is its key in `members` and again in every team file that lists it (at 50,000 members
   * in team files, 100,000 copies were 4 MB of a run's peak memory). A single file needs no
   * table of its emails: its sections take the strings of its own members (sections.ts).
   */
  readonly email: (text: string) => string;
}

/** Gives each text once: the first string given for it. */
export function createInterner(): (text: string) => string {
  const interned = new Map<string, string>();
  return (text) => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    interned.set(text, text);
    return text;
  };
}

/** `emails`: the interner of emails shared by the files of one config (none for a single file). */
export function createReader(
  file: string,
  source: Locator,
  report: Report,
  emails: (text: string) => string = (text) => text,
): Reader {
  return { file, source, report, intern: createInterner(), email: emails };
}

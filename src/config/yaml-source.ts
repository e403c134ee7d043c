import type { Document } from 'yaml';
import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  visit,
  type YAMLMap,
} from 'yaml';
import type { Position } from './model.ts';

/** yaml's own guard against alias bombs ("billion laughs"); kept at the library's default. */
export const MAX_ALIAS_COUNT = 100;

export interface YamlProblem {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly position: Position;
}

/**
 * A parsed YAML file that can answer "where is this value?" for a path of keys and indexes,
 * so schema and semantic errors point at the line that causes them.
 */
export class YamlSource {
  readonly #doc: Document.Parsed;
  readonly #lines: LineCounter;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
    this.#lines = new LineCounter();
    this.#doc = parseDocument(text, {
      lineCounter: this.#lines,
      prettyErrors: false,
      // yaml's own duplicate-key check is quadratic in the size of a mapping: see duplicateKeys().
      uniqueKeys: false,
      strict: true,
    });
  }

  /** Parser errors and warnings (duplicate keys, bad indentation, tabs, ...), located. */
  problems(): YamlProblem[] {
    const toProblem = (severity: 'error' | 'warning', error: { code: string; message: string; pos: [number, number] }) => ({
      severity,
      message: this.#describe(error.code, error.message),
      position: this.positionAt(error.pos[0]),
    });
    // A tab in the indentation throws the parser off for the rest of the file: its errors on
    // valid lines after it say nothing true, so the tab errors alone are reported.
    const tabs = this.#doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
    if (tabs.length > 0) return tabs.map((e) => toProblem('error', e));
    return [
      ...this.#doc.errors.map((e) => toProblem('error', e)),
      ...this.#duplicateKeys(),
      ...this.#doc.warnings.map((w) => toProblem('warning', w)),
    ];
  }

  /** A key that appears twice in one mapping, found in one pass per mapping. */
  #duplicateKeys(): YamlProblem[] {
    const problems: YamlProblem[] = [];
    visit(this.#doc, {
      Map: (_, map) => {
        const seen = new Set<string>();
        for (const pair of map.items) {
          // A key written as an alias (*k) is the anchored value: it counts as that key.
          const key = keyText(isAlias(pair.key) ? pair.key.resolve(this.#doc) : pair.key);
          if (key === undefined) continue;
          if (seen.has(key)) {
            problems.push({
              severity: 'error',
              message: `duplicate key ${key}: a key may appear only once in a mapping`,
              position: this.positionAt(this.#rangeStart(pair.key) ?? 0),
            });
          }
          seen.add(key);
        }
      },
    });
    return problems;
  }

  /** The document as plain data. Throws a located YamlProblem-like error on alias bombs. */
  toData(): unknown {
    return this.#doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  }

  /** Position of the first alias (*name) in the document, or of the first one naming `name`. */
  aliasPosition(name?: string): Position {
    let offset = 0;
    visit(this.#doc, {
      Alias: (_, node) => {
        if (name !== undefined && node.source !== name) return undefined;
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return this.positionAt(offset);
  }

  positionAt(offset: number): Position {
    const { line, col } = this.#lines.linePos(Math.max(0, Math.min(offset, this.#text.length)));
    return { line, column: col };
  }

  /**
   * Position of the value at `path` (keys and indexes as strings, as in a JSON pointer), or of
   * the key of its last segment when `at` is 'key'. Falls back to the deepest part of the path
   * that exists, so every problem gets a line.
   */
  locate(path: readonly string[], at: 'value' | 'key' = 'value'): Position {
    let node: unknown = this.#doc.contents;
    let best = this.#rangeStart(node) ?? 0;
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      node = this.#resolve(node);
      let pair: Pair | undefined;
      let next: unknown;
      if (isMap(node)) {
        pair = this.#pairsOf(node).get(segment);
        next = pair?.value;
      } else if (isSeq(node)) {
        next = node.items[Number(segment)];
      }
      if (pair === undefined && next === undefined) break;
      const keyStart = pair ? this.#rangeStart(pair.key) : undefined;
      const valueStart = this.#rangeStart(next);
      if (last && at === 'key' && keyStart !== undefined) best = keyStart;
      else best = valueStart ?? keyStart ?? best;
      node = next;
    }
    return this.positionAt(best);
  }

  /** Pairs of a mapping by key text, indexed once per mapping so locating stays linear in the file size. */
  readonly #pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();
  #pairsOf(map: YAMLMap): Map<string, Pair> {
    let index = this.#pairIndex.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        const key = keyText(item.key);
        if (key !== undefined && !index.has(key)) index.set(key, item);
      }
      this.#pairIndex.set(map, index);
    }
    return index;
  }

  #resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.#doc) : node;
  }

  #rangeStart(node: unknown): number | undefined {
    return isNode(node) && (node as Node).range ? (node as Node).range?.[0] : undefined;
  }

  #describe(code: string, message: string): string {
    switch (code) {
      case 'TAB_AS_INDENT':
        return 'tab used for indentation: YAML indents with spaces only';
      case 'MULTIPLE_DOCS':
        return 'the file holds more than one YAML document (a second "---"): keep one';
      default:
        return `invalid YAML: ${message.replace(/\s+/g, ' ').trim()}`;
    }
  }
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

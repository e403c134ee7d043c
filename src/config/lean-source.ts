import { EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';
import type { Position } from './model.ts';

/**
 * The fast way to read a config file: js-yaml's event stream (a flat list of source offsets,
 * no document model) turned into plain data and the offsets of every key and item. It reads
 * only a strict subset of YAML: one document of mappings, sequences and string scalars, without
 * anchors, aliases, tags, directives or block scalars. Anything else, and every file with a
 * problem, is left to YamlSource (yaml's document model), which explains problems with their
 * positions: `readLean` returns undefined and the caller falls back.
 *
 * Why: at 50,000 members yaml's document model costs about 8 KB per entry while parsing and
 * a second of CPU per 10,000 entries; the event stream costs a tenth of both.
 */
export interface LeanSource {
  readonly data: unknown;
  /** Same contract as YamlSource.locate, for the paths that exist in `data`. */
  locate(path: readonly string[], at?: 'value' | 'key'): Position;
}

/** Plain scalars that YAML 1.2's core schema (as yaml resolves it) reads as null, booleans or numbers. */
const NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)?$/;
/** Keys JavaScript objects do not keep in insertion order (array indexes), or that name the prototype. */
const UNORDERED_KEY = /^(?:0|[1-9][0-9]*)$|^__proto__$/;
/**
 * Text yaml reads differently or warns about: a carriage return that does not end a line (yaml
 * and js-yaml count lines differently), and a flow collection closed at its parent's indentation.
 */
const NEEDS_YAML = /\r(?!\n)|^[ \t]*[\]}]/m;

/** Offsets, aligned with the collection: [key, value, key, value, ...] for a mapping, items for a sequence. */
type Offsets = number[];

class NotLean extends Error {}

/**
 * Offsets ride on the collections themselves under a non-enumerable symbol: invisible to
 * Object.keys, for-in, spreading, JSON and the schema validator, and cheaper than a WeakMap
 * over 100,000 objects.
 */
const OFFSETS = Symbol('offsets');

function setOffsets(collection: object, offsets: Offsets): void {
  Object.defineProperty(collection, OFFSETS, { value: offsets, enumerable: false });
}

function offsetsOf(node: unknown): Offsets | undefined {
  return typeof node === 'object' && node !== null ? (node as { [OFFSETS]?: Offsets })[OFFSETS] : undefined;
}

export interface LeanOptions {
  /**
   * Entries of a block-style `members` mapping parsed at a time (default 500). A chunk's event
   * stream is garbage once it is read; the smaller it is, the less of it outlives the young
   * generation, and the lower the peak memory of loading a 50,000-member file (bench/RESULTS.md).
   */
  readonly chunkEntries?: number;
}

export function readLean(text: string, options: LeanOptions = {}): LeanSource | undefined {
  if (NEEDS_YAML.test(text)) return undefined;
  try {
    const block = membersBlock(text);
    const { data, offset } = block ? readChunked(text, block, options.chunkEntries ?? 500) : readDocument(text, 0);
    return new Located(text, data, offset);
  } catch (error) {
    if (error instanceof NotLean) return undefined;
    throw error;
  }
}

/** One YAML document: `source` is the file from offset `base`, or all of it. */
function readDocument(source: string, base: number): { data: unknown; offset: number } {
  let events: Event[];
  try {
    events = parseEvents(source, { maxDepth: 64 });
  } catch {
    throw new NotLean();
  }
  return new Reader(source, events, base).read();
}

/** A block-style `members` mapping: the line each of its entries starts on, and where it ends. */
interface MembersBlock {
  readonly entries: readonly number[];
  readonly indent: number;
  readonly end: number;
}

/**
 * Finds a top-level `members:` whose entries are lines at one indentation, so the mapping can be
 * parsed a few thousand entries at a time: the event stream of a whole 50,000-member file is
 * 500,000 objects. In a block mapping, a line at the mapping's own indentation can only start
 * an entry; where that is not so (a quoted or flow value running over lines), a part does not
 * parse on its own and the caller falls back to yaml.
 */
function membersBlock(text: string): MembersBlock | undefined {
  if (text.includes('\r')) return undefined;
  const header = /^members[ \t]*:[ \t]*(?:#.*)?$/m.exec(text);
  if (!header) return undefined;
  const entries: number[] = [];
  let indent = -1;
  let end = text.length;
  for (let at = header.index + header[0].length + 1; at < text.length; ) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline;
    let first = at;
    while (text.charCodeAt(first) === 0x20) first++;
    const width = first - at;
    if (first < lineEnd && text[first] !== '#') {
      if (text[first] === '\t') return undefined;
      if (indent === -1) indent = width;
      if (width < indent) {
        if (width > 0) return undefined;
        end = at;
        break;
      }
      if (width === indent) entries.push(at);
    }
    at = lineEnd + 1;
  }
  return indent > 0 && entries.length > 0 ? { entries, indent, end } : undefined;
}

function readChunked(text: string, block: MembersBlock, chunkEntries: number): { data: unknown; offset: number } {
  const start = (block.entries[0] ?? 0) + block.indent;
  // The file without the entries: they become `{}` and spaces, so every offset stays where it is.
  const blank = text
    .slice(start + 2, block.end)
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');
  const outside = `${text.slice(0, start)}{}${blank}${text.slice(block.end)}`;
  const root = readDocument(outside, 0);
  const top = root.data as Record<string, unknown>;
  const topOffsets = offsetsOf(top);
  const index = typeof top === 'object' && top !== null && !Array.isArray(top) ? Object.keys(top).indexOf('members') : -1;
  // `members:` must be the key this block belongs to (not text inside a quoted value).
  if (index === -1 || topOffsets?.[2 * index + 1] !== start) throw new NotLean();

  const members: Record<string, unknown> = {};
  const offsets: Offsets = [];
  for (let first = 0; first < block.entries.length; first += chunkEntries) {
    const from = block.entries[first] ?? 0;
    const to = block.entries[first + chunkEntries] ?? block.end;
    const part = readDocument(text.slice(from, to), from).data;
    const partOffsets = offsetsOf(part);
    if (partOffsets === undefined || Array.isArray(part)) throw new NotLean();
    for (const [position, key] of Object.keys(part as object).entries()) {
      if (Object.hasOwn(members, key)) throw new NotLean();
      members[key] = (part as Record<string, unknown>)[key];
      offsets.push(partOffsets[2 * position] ?? 0, partOffsets[2 * position + 1] ?? 0);
    }
  }
  setOffsets(members, offsets);
  top.members = members;
  return root;
}

class Reader {
  readonly #text: string;
  /** Consumed events are dropped as the reader goes, so the stream and the data are not both held whole. */
  readonly #events: (Event | undefined)[];
  #next = 0;
  /** Where the node #node() returned last starts. */
  #offset = 0;
  /** Offset of the text in the file. */
  readonly #base: number;

  constructor(text: string, events: Event[], base: number) {
    this.#text = text;
    this.#events = events;
    this.#base = base;
  }

  read(): { data: unknown; offset: number } {
    const document = this.#take();
    if (document.type !== EVENT_ID.DOCUMENT || document.directives.length > 0) throw new NotLean();
    const data = this.#node(this.#take());
    const offset = this.#offset;
    this.#expect(EVENT_ID.POP);
    if (this.#next !== this.#events.length) throw new NotLean(); // a second document
    return { data, offset };
  }

  #take(): Event {
    const event = this.#events[this.#next];
    if (event === undefined) throw new NotLean();
    this.#events[this.#next++] = undefined;
    return event;
  }

  #expect(type: Event['type']): void {
    if (this.#take().type !== type) throw new NotLean();
  }

  #node(event: Event): unknown {
    switch (event.type) {
      case EVENT_ID.SCALAR:
        this.#offset = this.#base + scalarStart(event);
        return this.#string(event);
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart >= 0 || event.tagStart >= 0) throw new NotLean();
        const items: unknown[] = [];
        const offsets: Offsets = [];
        for (let item = this.#take(); item.type !== EVENT_ID.POP; item = this.#take()) {
          items.push(this.#node(item));
          offsets.push(this.#offset);
        }
        setOffsets(items, offsets);
        this.#offset = this.#base + event.start;
        return items;
      }
      case EVENT_ID.MAPPING: {
        if (event.anchorStart >= 0 || event.tagStart >= 0) throw new NotLean();
        const entries: Record<string, unknown> = {};
        const offsets: Offsets = [];
        for (let key = this.#take(); key.type !== EVENT_ID.POP; key = this.#take()) {
          if (key.type !== EVENT_ID.SCALAR) throw new NotLean();
          const name = this.#string(key);
          // Duplicates and odd keys: yaml explains them (or, for valid files, they cannot occur).
          if (UNORDERED_KEY.test(name) || Object.hasOwn(entries, name)) throw new NotLean();
          entries[name] = this.#node(this.#take());
          offsets.push(this.#base + scalarStart(key), this.#offset);
        }
        setOffsets(entries, offsets);
        this.#offset = this.#base + event.start;
        return entries;
      }
      default:
        // Aliases, and a POP where a node belongs.
        throw new NotLean();
    }
  }

  /** Every scalar the config accepts is a string: anything else is an error yaml reports. */
  #string(event: ScalarEvent): string {
    if (event.anchorStart >= 0 || event.tagStart >= 0) throw new NotLean();
    if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK) throw new NotLean();
    const value = getScalarValue(this.#text, event);
    if (event.style === SCALAR_STYLE.PLAIN && NOT_A_STRING.test(value)) throw new NotLean();
    return value;
  }
}

/** Where a scalar starts, as yaml counts it: at the opening quote of a quoted one. */
function scalarStart(event: ScalarEvent): number {
  const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  return quoted ? event.valueStart - 1 : event.valueStart;
}

class Located implements LeanSource {
  readonly data: unknown;
  readonly #rootOffset: number;
  readonly #lineStarts: number[] = [0];
  readonly #keyIndex = new WeakMap<object, Map<string, number>>();

  constructor(text: string, data: unknown, rootOffset: number) {
    this.data = data;
    this.#rootOffset = rootOffset;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.#lineStarts.push(at + 1);
  }

  locate(path: readonly string[], at: 'value' | 'key' = 'value'): Position {
    let node: unknown = this.data;
    let best = this.#rootOffset;
    for (const [depth, segment] of path.entries()) {
      const offsets = offsetsOf(node);
      if (offsets === undefined) break;
      let next: unknown;
      if (Array.isArray(node)) {
        const index = Number(segment);
        if (!(index in node)) break;
        next = node[index];
        best = offsets[index] ?? best;
      } else {
        const index = this.#indexOf(node as Record<string, unknown>, segment);
        if (index === undefined) break;
        next = (node as Record<string, unknown>)[segment];
        const last = depth === path.length - 1;
        best = (last && at === 'key' ? offsets[2 * index] : offsets[2 * index + 1]) ?? best;
      }
      node = next;
    }
    return this.#position(best);
  }

  /** A key's place in its mapping; indexed once per large mapping so locating stays linear. */
  #indexOf(mapping: Record<string, unknown>, key: string): number | undefined {
    if (!Object.hasOwn(mapping, key)) return undefined;
    let index = this.#keyIndex.get(mapping);
    if (!index) {
      const keys = Object.keys(mapping);
      if (keys.length <= 16) return keys.indexOf(key);
      index = new Map(keys.map((name, position) => [name, position]));
      this.#keyIndex.set(mapping, index);
    }
    return index.get(key);
  }

  #position(offset: number): Position {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
  }
}

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLean } from '../../src/config/lean-source.ts';
import { YamlSource } from '../../src/config/yaml-source.ts';

/** Fixed, so CI is repeatable; FC_SEED=<n> explores other cases. */
const SEED = Number(process.env.FC_SEED ?? 20261127);

/**
 * The lean reader is only a shortcut: whenever it accepts a file, the data and every position
 * must be what yaml's document model (the reader that explains problems) gives for it, and yaml
 * must have nothing to say about the file.
 */

// Scalars as people write them, and the ones where YAML readers disagree (core schema edge cases).
const word = fc.constantFrom('web', 'api', 'platform-team', 'member', 'admin', 'a@acme.com', 'zoë@acme.com', 'x_y');
const tricky = fc.constantFrom(
  '123',
  '1_000',
  '+.5',
  '.5',
  '0o17',
  '0x1F',
  '0b101',
  '1e3',
  '.inf',
  '-.INF',
  '.NaN',
  'true',
  'False',
  'yes',
  'on',
  '~',
  'null',
  'NULL',
  '2026-11-27',
  '__proto__',
  '0',
  'a b',
  'a#b',
  'a: b',
  "it's",
  '"q"',
  '- x',
  '',
  ' lead',
  'trail ',
);
const scalarText = fc.oneof({ weight: 40, arbitrary: word }, { weight: 1, arbitrary: tricky });

function scalar(text: string, style: number): string {
  if (style === 1) return `'${text.replaceAll("'", "''")}'`;
  if (style === 2) return JSON.stringify(text);
  return text; // plain: may be invalid YAML or another type, which is the point
}

type Value = string | Value[] | { [key: string]: Value };
const value: fc.Arbitrary<Value> = fc.letrec<{ node: Value }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(scalarText, tie('node'), { maxKeys: 3 }),
  ),
})).node;

interface Style {
  readonly flow: boolean;
  readonly quote: number;
  readonly comment: boolean;
  readonly spaces: string;
}
const style = fc.record({
  flow: fc.constantFrom(false, false, true),
  quote: fc.constantFrom(0, 0, 0, 1, 2),
  comment: fc.boolean(),
  spaces: fc.constantFrom(' ', '  ', ' \t'),
});

/** Renders a value as YAML text in a random mix of block and flow styles. */
function render(node: Value, indent: number, styles: Style[], at = { i: 0 }): string {
  const s = styles[at.i++ % styles.length] ?? { flow: false, quote: 0, comment: false, spaces: ' ' };
  if (typeof node === 'string') return scalar(node, s.quote);
  const pad = ' '.repeat(indent);
  const comment = s.comment ? ' # note' : '';
  if (Array.isArray(node)) {
    if (s.flow || node.length === 0) return `[${node.map((item) => render(item, indent + 2, styles, at)).join(`,${s.spaces}`)}]`;
    return node.map((item) => `\n${pad}-${s.spaces}${render(item, indent + 2, styles, at)}${comment}`).join('');
  }
  const entries = Object.entries(node);
  if (s.flow || entries.length === 0) {
    return `{${entries.map(([k, v]) => `${scalar(k, s.quote)}:${s.spaces}${render(v, indent + 2, styles, at)}`).join(`,${s.spaces}`)}}`;
  }
  return entries
    .map(([k, v]) => `\n${pad}${scalar(k, s.quote)}:${s.spaces}${render(v, indent + 2, styles, at)}${comment}`)
    .join('');
}

const configLike = fc
  .record({
    organization: fc.option(scalarText, { nil: undefined }),
    members: fc.dictionary(
      fc.oneof(word, fc.emailAddress(), scalarText),
      fc.oneof(
        scalarText,
        fc.record({
          role: scalarText,
          teams: fc.oneof(fc.array(scalarText, { maxLength: 3 }), fc.dictionary(scalarText, scalarText)),
        }),
        value,
      ),
      { maxKeys: 6 },
    ),
    ignore: fc.option(fc.array(fc.oneof(word, fc.emailAddress()), { maxLength: 2 }), { nil: undefined }),
  })
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Value);

const file = fc
  .record({
    data: fc.oneof({ weight: 4, arbitrary: configLike }, { weight: 1, arbitrary: value }),
    styles: fc.array(style, { minLength: 1, maxLength: 8 }),
    header: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('', '---\n', '# members of acme\n', '\n\n') },
      { weight: 1, arbitrary: fc.constantFrom('%YAML 1.2\n---\n', '%YAML 1.1\n---\n') },
    ),
    footer: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('\n', '', '\n...\n', '\n# end\n') },
      { weight: 1, arbitrary: fc.constant('\n---\nsecond: doc\n') },
    ),
    crlf: fc.boolean(),
    extra: fc.oneof(
      { weight: 12, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constantFrom('x: &a b\ny: *a\n', 'k: !!str 12\n', 'a: |\n  text\n', 'dup: 1\ndup: 2\n') },
    ),
  })
  .map(({ data, styles, header, footer, crlf, extra }) => {
    const body = render(data, 0, styles).replace(/^\n/, '');
    const text = `${header}${extra}${body}${footer}`;
    return crlf ? text.replaceAll('\n', '\r\n') : text;
  });

/** Every path to a key or item of `data`, as locate() takes them. */
function paths(data: unknown, prefix: string[] = []): string[][] {
  if (typeof data !== 'object' || data === null) return [];
  const keys = Array.isArray(data) ? data.map((_, index) => String(index)) : Object.keys(data);
  return keys.flatMap((key) => [[...prefix, key], ...paths((data as Record<string, unknown>)[key], [...prefix, key])]);
}

describe('the lean reader agrees with yaml', () => {
  it('on the data, on every position, and takes only files yaml has nothing to say about', () => {
    let lean = 0;
    let total = 0;
    let chunked = 0;
    fc.assert(
      fc.property(file, fc.constantFrom(1, 2, 500, 2_000), (text, chunkEntries) => {
        total++;
        const fast = readLean(text, { chunkEntries });
        if (fast === undefined) return;
        lean++;
        if (chunkEntries < 3 && /^members:[ \t]*\r?\n(?: +\S.*\r?\n){3}/m.test(text)) chunked++;
        const slow = new YamlSource(text);
        expect(slow.problems()).toEqual([]);
        expect(fast.data).toEqual(slow.toData());
        for (const path of paths(fast.data)) {
          expect(fast.locate(path, 'key'), `key of ${path.join('.')}`).toEqual(slow.locate(path, 'key'));
          expect(fast.locate(path, 'value'), `value of ${path.join('.')}`).toEqual(slow.locate(path, 'value'));
        }
        expect(fast.locate(['no', 'such', 'path'])).toEqual(slow.locate(['no', 'such', 'path']));
      }),
      { numRuns: 2000, seed: SEED },
    );
    // Not vacuous: most generated files take the lean path, and some do not.
    expect(lean).toBeGreaterThan(total * 0.2);
    expect(lean).toBeLessThan(total);
    // ... and block-style member lists are read in several parts.
    expect(chunked).toBeGreaterThan(25);
  });
});

describe('the lean reader', () => {
  it('reads the example file and the usual shapes, so large files stay fast', () => {
    expect(readLean(readFileSync('members.example.yml', 'utf8'))).toBeDefined();
    expect(readLean('members:\n  a@acme.com: {role: member, teams: [web, api]}\n  "b@acme.com": owner\n')).toBeDefined();
    expect(readLean('members:\n  a@acme.com:\n    role: member\n    teams:\n      web: admin\n')).toBeDefined();
  });

  it('leaves to yaml what it does not read: aliases, tags, directives, several documents, non-strings', () => {
    for (const text of [
      'members: &m {}\nother: *m\n',
      'members: !!map {}\n',
      '%YAML 1.1\n---\nmembers: {}\n',
      'members: {}\n---\nmembers: {}\n',
      'members: {a@acme.com: 12}\n',
      'members: {a@acme.com: true}\n',
      'members:\n  a@acme.com:\n',
      'members: {a@acme.com: member, a@acme.com: owner}\n',
      'members:\n  a@acme.com: |\n    member\n',
      'members: {\n  a@acme.com: member\n}\n',
      'members: {}\r',
    ]) {
      expect(readLean(text), text).toBeUndefined();
    }
  });
});

import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-4CAWKI6C.js";
import {
  __toESM
} from "./chunk-Q4V4VID7.js";

// src/config/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
var YamlSource = class {
  #doc;
  #lines;
  #text;
  constructor(text) {
    this.#text = text;
    this.#lines = new import_yaml.LineCounter();
    this.#doc = (0, import_yaml.parseDocument)(text, {
      lineCounter: this.#lines,
      prettyErrors: false,
      // yaml's own duplicate-key check is quadratic in the size of a mapping: see duplicateKeys().
      uniqueKeys: false,
      strict: true
    });
  }
  /** Parser errors and warnings (duplicate keys, bad indentation, tabs, ...), located. */
  problems() {
    const toProblem = (severity, error) => ({
      severity,
      message: this.#describe(error.code, error.message),
      position: this.positionAt(error.pos[0])
    });
    const tabs = this.#doc.errors.filter((e) => e.code === "TAB_AS_INDENT");
    if (tabs.length > 0) return tabs.map((e) => toProblem("error", e));
    return [
      ...this.#doc.errors.map((e) => toProblem("error", e)),
      ...this.#duplicateKeys(),
      ...this.#doc.warnings.map((w) => toProblem("warning", w))
    ];
  }
  /** A key that appears twice in one mapping, found in one pass per mapping. */
  #duplicateKeys() {
    const problems = [];
    (0, import_yaml.visit)(this.#doc, {
      Map: (_, map) => {
        const seen = /* @__PURE__ */ new Set();
        for (const pair of map.items) {
          const key = keyText((0, import_yaml.isAlias)(pair.key) ? pair.key.resolve(this.#doc) : pair.key);
          if (key === void 0) continue;
          if (seen.has(key)) {
            problems.push({
              severity: "error",
              message: `duplicate key ${key}: a key may appear only once in a mapping`,
              position: this.positionAt(this.#rangeStart(pair.key) ?? 0)
            });
          }
          seen.add(key);
        }
      }
    });
    return problems;
  }
  /** The document as plain data. Throws a located YamlProblem-like error on alias bombs. */
  toData() {
    return this.#doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  }
  /** Position of the first alias (*name) in the document, or of the first one naming `name`. */
  aliasPosition(name) {
    let offset = 0;
    (0, import_yaml.visit)(this.#doc, {
      Alias: (_, node) => {
        if (name !== void 0 && node.source !== name) return void 0;
        offset = node.range?.[0] ?? 0;
        return import_yaml.visit.BREAK;
      }
    });
    return this.positionAt(offset);
  }
  positionAt(offset) {
    const { line, col } = this.#lines.linePos(Math.max(0, Math.min(offset, this.#text.length)));
    return { line, column: col };
  }
  /**
   * Position of the value at `path` (keys and indexes as strings, as in a JSON pointer), or of
   * the key of its last segment when `at` is 'key'. Falls back to the deepest part of the path
   * that exists, so every problem gets a line.
   */
  locate(path, at = "value") {
    let node = this.#doc.contents;
    let best = this.#rangeStart(node) ?? 0;
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      node = this.#resolve(node);
      let pair;
      let next;
      if ((0, import_yaml.isMap)(node)) {
        pair = this.#pairsOf(node).get(segment);
        next = pair?.value;
      } else if ((0, import_yaml.isSeq)(node)) {
        next = node.items[Number(segment)];
      }
      if (pair === void 0 && next === void 0) break;
      const keyStart = pair ? this.#rangeStart(pair.key) : void 0;
      const valueStart = this.#rangeStart(next);
      if (last && at === "key" && keyStart !== void 0) best = keyStart;
      else best = valueStart ?? keyStart ?? best;
      node = next;
    }
    return this.positionAt(best);
  }
  /** Pairs of a mapping by key text, indexed once per mapping so locating stays linear in the file size. */
  #pairIndex = /* @__PURE__ */ new WeakMap();
  #pairsOf(map) {
    let index = this.#pairIndex.get(map);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const item of map.items) {
        const key = keyText(item.key);
        if (key !== void 0 && !index.has(key)) index.set(key, item);
      }
      this.#pairIndex.set(map, index);
    }
    return index;
  }
  #resolve(node) {
    return (0, import_yaml.isAlias)(node) ? node.resolve(this.#doc) : node;
  }
  #rangeStart(node) {
    return (0, import_yaml.isNode)(node) && node.range ? node.range?.[0] : void 0;
  }
  #describe(code, message) {
    switch (code) {
      case "TAB_AS_INDENT":
        return "tab used for indentation: YAML indents with spaces only";
      case "MULTIPLE_DOCS":
        return 'the file holds more than one YAML document (a second "---"): keep one';
      default:
        return `invalid YAML: ${message.replace(/\s+/g, " ").trim()}`;
    }
  }
};
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return void 0;
}
export {
  MAX_ALIAS_COUNT,
  YamlSource
};

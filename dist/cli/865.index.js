export const id = 865;
export const ids = [865];
export const modules = {

/***/ 2865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_ALIAS_COUNT: () => (/* binding */ MAX_ALIAS_COUNT),
/* harmony export */   YamlSource: () => (/* binding */ YamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/** yaml's own guard against alias bombs ("billion laughs"); kept at the library's default. */
const MAX_ALIAS_COUNT = 100;
/**
 * A parsed YAML file that can answer "where is this value?" for a path of keys and indexes,
 * so schema and semantic errors point at the line that causes them.
 */
class YamlSource {
    #doc;
    #lines;
    #text;
    constructor(text) {
        this.#text = text;
        this.#lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        this.#doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, {
            lineCounter: this.#lines,
            prettyErrors: false,
            // yaml's own duplicate-key check is quadratic in the size of a mapping: see duplicateKeys().
            uniqueKeys: false,
            strict: true,
        });
    }
    /** Parser errors and warnings (duplicate keys, bad indentation, tabs, ...), located. */
    problems() {
        const toProblem = (severity, error) => ({
            severity,
            message: this.#describe(error.code, error.message),
            position: this.positionAt(error.pos[0]),
        });
        // A tab in the indentation throws the parser off for the rest of the file: its errors on
        // valid lines after it say nothing true, so the tab errors alone are reported.
        const tabs = this.#doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
        if (tabs.length > 0)
            return tabs.map((e) => toProblem('error', e));
        return [
            ...this.#doc.errors.map((e) => toProblem('error', e)),
            ...this.#duplicateKeys(),
            ...this.#doc.warnings.map((w) => toProblem('warning', w)),
        ];
    }
    /** A key that appears twice in one mapping, found in one pass per mapping. */
    #duplicateKeys() {
        const problems = [];
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(this.#doc, {
            Map: (_, map) => {
                const seen = new Set();
                for (const pair of map.items) {
                    // A key written as an alias (*k) is the anchored value: it counts as that key.
                    const key = keyText((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(pair.key) ? pair.key.resolve(this.#doc) : pair.key);
                    if (key === undefined)
                        continue;
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
    toData() {
        return this.#doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    /** Position of the first alias (*name) in the document, or of the first one naming `name`. */
    aliasPosition(name) {
        let offset = 0;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(this.#doc, {
            Alias: (_, node) => {
                if (name !== undefined && node.source !== name)
                    return undefined;
                offset = node.range?.[0] ?? 0;
                return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
            },
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
    locate(path, at = 'value') {
        let node = this.#doc.contents;
        let best = this.#rangeStart(node) ?? 0;
        for (const [index, segment] of path.entries()) {
            const last = index === path.length - 1;
            node = this.#resolve(node);
            let pair;
            let next;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                pair = this.#pairsOf(node).get(segment);
                next = pair?.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
                next = node.items[Number(segment)];
            }
            if (pair === undefined && next === undefined)
                break;
            const keyStart = pair ? this.#rangeStart(pair.key) : undefined;
            const valueStart = this.#rangeStart(next);
            if (last && at === 'key' && keyStart !== undefined)
                best = keyStart;
            else
                best = valueStart ?? keyStart ?? best;
            node = next;
        }
        return this.positionAt(best);
    }
    /** Pairs of a mapping by key text, indexed once per mapping so locating stays linear in the file size. */
    #pairIndex = new WeakMap();
    #pairsOf(map) {
        let index = this.#pairIndex.get(map);
        if (!index) {
            index = new Map();
            for (const item of map.items) {
                const key = keyText(item.key);
                if (key !== undefined && !index.has(key))
                    index.set(key, item);
            }
            this.#pairIndex.set(map, index);
        }
        return index;
    }
    #resolve(node) {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(this.#doc) : node;
    }
    #rangeStart(node) {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) && node.range ? node.range?.[0] : undefined;
    }
    #describe(code, message) {
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
function keyText(key) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
        return String(key.value);
    return undefined;
}


/***/ })

};

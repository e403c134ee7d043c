import { createRequire as __bundleCreateRequire } from 'node:module'; const require = __bundleCreateRequire(import.meta.url);

// src/domain/errors.ts
function messageOf(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return `unexpected failure: ${String(error)}`;
}

// src/github/git-blob.ts
import { createHash } from "node:crypto";
function gitBlobSha(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}

// src/domain/secrets.ts
var secrets = /* @__PURE__ */ new Set();
function addSecret(secret) {
  if (secret && secret.length >= 6) secrets.add(secret);
}
var TOKEN_SHAPES = [
  // Sentry user, org and integration tokens.
  /sntry[a-z]_[A-Za-z0-9+/=_.-]{8,}/g,
  // GitHub personal, OAuth, user-to-server, server-to-server and refresh tokens; fine-grained PATs.
  /\bgh[pousr]_[A-Za-z0-9_]{16,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
  // Sentry's older tokens: 64 hexadecimal digits.
  /\b[a-f0-9]{64}\b/gi,
  // Whatever follows "Bearer" or "token" in an echoed Authorization header.
  /\b(Bearer|token)(\s+)[A-Za-z0-9+/=_.~-]{8,}/gi
];
var REDACTED = "[redacted]";
function redactSecrets(text) {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join(REDACTED);
  for (const shape of TOKEN_SHAPES) {
    result = result.replace(
      shape,
      (_match, word, space) => typeof word === "string" && typeof space === "string" && /^(bearer|token)$/i.test(word) ? `${word}${space}${REDACTED}` : REDACTED
    );
  }
  return result;
}

// src/domain/text.ts
var INVISIBLE_RANGES = [
  [0, 31],
  // C0 controls, newlines and tabs included
  [127, 159],
  // DEL and C1 controls
  [160, 160],
  // no-break space
  [173, 173],
  // soft hyphen
  [1564, 1564],
  // Arabic letter mark
  [4447, 4448],
  // Hangul fillers
  [5760, 5760],
  // Ogham space mark
  [6068, 6069],
  // Khmer inherent vowels
  [6155, 6159],
  // Mongolian variation selectors and vowel separator
  [8192, 8207],
  // spaces of other widths, zero-width space, joiners, directional marks
  [8232, 8239],
  // line and paragraph separators, bidirectional embeddings and overrides, narrow space
  [8287, 8303],
  // medium space, word joiner, invisible operators, bidirectional isolates
  [12288, 12288],
  // ideographic space
  [12644, 12644],
  // Hangul filler
  [65024, 65039],
  // variation selectors
  [65279, 65279],
  // byte order mark, zero-width no-break space
  [65529, 65531]
  // interlinear annotation controls
];
function isInvisible(code) {
  return INVISIBLE_RANGES.some(([low, high]) => code >= low && code <= high);
}
function escaped(code) {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeInvisible(text) {
  let result = "";
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isInvisible(code)) continue;
    result += text.slice(start, index) + escaped(code);
    start = index + 1;
  }
  return start === 0 ? text : result + text.slice(start);
}
function firstInvisible(text) {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || isInvisible(code)) return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return void 0;
}
function nonAscii(text) {
  return [...new Set([...text].filter((char) => (char.codePointAt(0) ?? 0) > 127))];
}

// src/github/read-errors.ts
var GitHubReadError = class extends Error {
  name = "GitHubReadError";
  method;
  path;
  /** 0 when no answer came. */
  status;
  failure;
  constructor(request, status, failure, serverDetail, options) {
    const detail = escapeInvisible(redactSecrets(serverDetail));
    super(
      `${request.method} ${request.path}: ${status === 0 ? "no answer" : `HTTP ${status}`}: ${detail}${options?.hint ? ` (${options.hint})` : ""}`,
      options?.cause === void 0 ? {} : { cause: options.cause }
    );
    this.method = request.method;
    this.path = request.path;
    this.status = status;
    this.failure = failure;
  }
};
function failureOf(status, subject) {
  switch (status) {
    case 401:
      return { failure: "unauthorized", hint: `${subject.input} is invalid or expired: give the workflow a working token` };
    case 403:
      return { failure: "forbidden", hint: `the token cannot read ${subject.what}: ${subject.input} needs ${subject.access}` };
    case 404:
      return {
        failure: "not-found",
        hint: `${subject.what} does not exist, or ${subject.input} cannot see it: check the name; ${subject.input} needs ${subject.access}`
      };
    default:
      return status >= 500 ? { failure: "server", hint: "GitHub failed; it was retried: run again later" } : { failure: "unreadable", hint: void 0 };
  }
}

// src/domain/json.ts
var DecodeError = class extends Error {
  name = "DecodeError";
};
function object(value, where) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new DecodeError(`${where}: expected an object, got ${kind(value)}`);
  return value;
}
function list(value, where) {
  if (!Array.isArray(value)) throw new DecodeError(`${where}: expected a list, got ${kind(value)}`);
  return value;
}
function string(record, key, where) {
  const value = record[key];
  if (typeof value !== "string") throw new DecodeError(`${where}.${key}: expected a string, got ${kind(value)}`);
  return value;
}
function kind(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  return typeof value;
}

export {
  messageOf,
  addSecret,
  redactSecrets,
  gitBlobSha,
  escapeInvisible,
  firstInvisible,
  nonAscii,
  DecodeError,
  object,
  list,
  string,
  kind,
  GitHubReadError,
  failureOf
};

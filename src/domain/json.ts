/**
 * Reading JSON from a server, narrowly: each decoder takes what it needs and says where the
 * answer differs from what it expects, so data from outside is checked once, at the edge.
 */

/** A server sent something this client cannot read: where in the body, and what. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

export type JsonObject = Record<string, unknown>;

export function object(value: unknown, where: string): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new DecodeError(`${where}: expected an object, got ${kind(value)}`);
  return value as JsonObject;
}

export function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new DecodeError(`${where}: expected a list, got ${kind(value)}`);
  return value;
}

export function string(record: JsonObject, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new DecodeError(`${where}.${key}: expected a string, got ${kind(value)}`);
  return value;
}

/** What a value is, for a message: short, and never the whole of a long string. */
export function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  return typeof value;
}

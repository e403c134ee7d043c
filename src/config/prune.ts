import type { ErrorObject } from 'ajv';

/**
 * What is left of a file once every part with a schema error is taken out, so the checks the
 * schema cannot express still run on the rest and problems come all at once (an impossible date
 * beside a misspelled key, not one round after it). Each schema error takes out the least that
 * makes the rest well-formed: an unknown key, the value that is wrong, an entry that lacks what it
 * needs (a member without a valid role, a grant without a valid end). A list item is left as a
 * hole (`undefined`), so the positions of the others stay; the model skips holes. The data is
 * changed in place (it is the caller's own copy). `dropped` gets the lower-cased email of every
 * member entry taken out, so the checks that span entries do not report them as missing.
 */
export function pruneInvalid(data: unknown, errors: readonly ErrorObject[], dropped: Set<string>): unknown {
  if (!isRecord(data)) return undefined;
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const path = pointerToPath(error.instancePath);
    const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
    if (propertyName !== undefined) remove(data, [...path, propertyName], dropped);
    else if (error.keyword === 'additionalProperties') remove(data, [...path, String(error.params.additionalProperty)], dropped);
    else if (error.keyword === 'required') remove(data, path, dropped);
    else remove(data, requiredOwner(path), dropped);
  }
  return data;
}

/**
 * The part to take out for a wrong value at `path`: the value, or the entry it belongs to when
 * the entry cannot stand without it (a member's role, a grant's end).
 */
function requiredOwner(path: readonly string[]): readonly string[] {
  const [top, , part, , field] = path;
  if (top === 'members' && path.length === 3 && part === 'role') return path.slice(0, 2);
  if (top === 'members' && part === 'grants' && path.length === 5 && field === 'until') return path.slice(0, 4);
  return path;
}

function remove(data: Record<string, unknown>, path: readonly string[], dropped: Set<string>): void {
  if (path.length === 0) return;
  if (path[0] === 'members' && path.length >= 2) {
    // A member entry without a usable role is taken out whole; its email is remembered.
    if (path.length === 2) dropped.add(String(path[1]).toLowerCase());
  }
  let parent: unknown = data;
  for (const segment of path.slice(0, -1)) {
    if (!isContainer(parent)) return;
    parent = (parent as Record<string, unknown>)[segment];
  }
  const last = path.at(-1) ?? '';
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (Number.isInteger(index) && index >= 0 && index < parent.length) parent[index] = undefined;
  } else if (isRecord(parent) && Object.hasOwn(parent, last)) {
    delete parent[last];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isContainer(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

export function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

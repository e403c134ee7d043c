import path from 'node:path';

/**
 * `target` (absolute, or relative to `root`) as a path relative to `root` with forward slashes,
 * when it is inside `root` ('.' for `root` itself); undefined when it is outside. The one answer
 * to "is the config inside the workspace": a file named `..notes.yml` is inside, `../x.yml` and
 * `/etc/x.yml` are not.
 */
export function pathInside(root: string, target: string): string | undefined {
  const relative = path.relative(path.resolve(root), path.resolve(root, target));
  if (relative === '') return '.';
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

import { createHash } from 'node:crypto';

/**
 * The git blob sha of a file's content (`git hash-object`): SHA-1 of `blob <size>\0<content>`. A
 * file read from the workspace whose sha equals a tree entry's is the same file, so it need not
 * be downloaded.
 */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

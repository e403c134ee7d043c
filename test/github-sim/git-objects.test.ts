/**
 * The simulated GitHub's git objects are git's: blob and tree shas equal what git itself computes
 * for the same files, and so does the product's `gitBlobSha` (a local file is compared with a
 * tree entry without downloading it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitBlobSha } from '../../src/github/git-blob.ts';
import { blobShaOf, snapshotObjects } from '../harness/github-sim/git.ts';

const work = mkdtempSync(path.join(tmpdir(), 'ghsim-git-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: work, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } }).trim();

const FILES: Record<string, string> = {
  'sentry-members.yml': 'organization: acme\nmembers:\n  alice@acme.com: owner\n',
  'sentry/org.yml': 'organization: acme\n',
  'sentry/teams/backend.yml': 'teams:\n  backend:\n    admins: [bob@acme.com]\n',
  'sentry/teams/web.yml': 'teams:\n  web: {}\n',
  // Git orders a folder as if its name ended with "/": "sentry-x" (a file) sorts before "sentry/".
  'sentry-x': '',
  'sentry.d/a.yml': 'é ünïcode ✓\n',
  'README.md': '# config\n',
};

describe('git object ids', () => {
  it("a blob's sha is git hash-object's, in the sim and in the product", () => {
    for (const content of Object.values(FILES)) {
      const file = path.join(work, 'blob');
      writeFileSync(file, content);
      const expected = git('hash-object', file);
      expect(blobShaOf(Buffer.from(content))).toBe(expected);
      expect(gitBlobSha(content)).toBe(expected);
      expect(gitBlobSha(Buffer.from(content))).toBe(expected);
    }
    expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });

  it("a snapshot's root tree sha is git write-tree's for the same files", () => {
    git('init', '-q');
    for (const [file, content] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
      writeFileSync(path.join(work, file), content);
    }
    git('add', '-A', ...Object.keys(FILES));
    expect(snapshotObjects(new Map(Object.entries(FILES))).root).toBe(git('write-tree'));
    expect(snapshotObjects(new Map()).root).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
  });
});

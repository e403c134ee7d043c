/**
 * Which files a config is, by the same rules in the workspace and in a commit's git tree
 * (src/config/files.ts): the same files, links resolved inside the root only, and a base that
 * downloads only what differs from the workspace. The commit's tree is an in-memory GitReader
 * here (the simulated GitHub serves one end to end: test/action/shell.test.ts).
 */
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigAt } from '../../src/config/base.ts';
import { commitTree, type GitFileEntry, type GitReader } from '../../src/config/commit-tree.ts';
import { configFiles, type FileSet } from '../../src/config/files.ts';
import { loadConfig } from '../../src/config/load.ts';
import { workspaceTree } from '../../src/config/workspace-tree.ts';
import { gitBlobSha } from '../../src/github/git-blob.ts';
import { workspaceWith } from '../harness/workspace.ts';

const ORG = 'organization: acme\nmembers:\n  ann@acme.com: member\n';
const WEB = 'teams:\n  web:\n    members: [ann@acme.com]\n';

/** A commit as GitHub's git data API lists it: files by path (a link is `{ link: target }`), in memory, counting reads. */
function gitReader(files: Record<string, string | { link: string }>) {
  const blobs = new Map<string, Buffer>();
  const entries: GitFileEntry[] = [];
  const folders = new Set<string>();
  for (const [file, content] of Object.entries(files)) {
    const bytes = Buffer.from(typeof content === 'string' ? content : content.link);
    const sha = gitBlobSha(bytes);
    blobs.set(sha, bytes);
    entries.push({ path: file, sha, size: bytes.length, mode: typeof content === 'string' ? '100644' : '120000' });
    const parts = file.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  const reads = { trees: 0, blobs: 0 };
  const reader: GitReader = {
    async treeAt(_commit, folder = '') {
      reads.trees++;
      if (folder !== '' && !folders.has(folder)) return undefined;
      return entries.filter((entry) => folder === '' || entry.path.startsWith(`${folder}/`));
    },
    async entriesAt(_commit, folder = '') {
      reads.trees++;
      if (folder !== '' && !folders.has(folder)) return undefined;
      const prefix = folder === '' ? '' : `${folder}/`;
      const own = entries.filter((entry) => entry.path.startsWith(prefix) && !entry.path.slice(prefix.length).includes('/'));
      const subfolders = [...folders]
        .filter((name) => name.startsWith(prefix) && !name.slice(prefix.length).includes('/'))
        .map((name) => ({ path: name, sha: '0'.repeat(40), size: 0, mode: '040000' }));
      return [...own, ...subfolders];
    },
    async blob(sha) {
      reads.blobs++;
      const bytes = blobs.get(sha);
      if (!bytes) throw new Error(`no blob ${sha}`);
      return bytes;
    },
  };
  return { reader, reads };
}

const workspace = (files: Record<string, string>) => workspaceWith(files);

const names = (set: FileSet) =>
  set.kind === 'files'
    ? { files: set.files.map((file) => `${file.path} <- ${file.source}`), problems: set.problems.map((p) => p.file) }
    : set;

describe('the files of a config', () => {
  const layout = {
    'sentry/org.yml': ORG,
    'sentry/teams/web.yaml': WEB,
    'sentry/teams/.draft.yml': 'members:\n  mallory@acme.com: owner\n',
    'sentry/.old/qa.yml': 'teams:\n  qa: {}\n',
    'sentry/README.md': '# who owns what\n',
  };

  it('are the same in the workspace and in a commit, for a directory and for a glob', async () => {
    const root = await workspace(layout);
    const { reader } = gitReader(layout);
    for (const given of ['sentry', 'sentry/', './sentry', 'sentry/**/*.y*ml']) {
      const expected = {
        files: ['sentry/org.yml <- sentry/org.yml', 'sentry/teams/web.yaml <- sentry/teams/web.yaml'],
        problems: [],
      };
      expect(names(await configFiles(workspaceTree(root), given)), given).toEqual(expected);
      expect(names(await configFiles(commitTree(reader, 'c0ffee'), given)), given).toEqual(expected);
    }
  });

  it('follow a link to a file inside the root, by the same rule in a commit; a link out or to nothing is an error', async () => {
    const { reader } = gitReader({
      'sentry/org.yml': ORG,
      'common/web.yml': WEB,
      'sentry/web.yml': { link: '../common/web.yml' },
      'sentry/out.yml': { link: '../../etc/passwd' },
      'sentry/abs.yml': { link: '/etc/passwd' },
      'sentry/gone.yml': { link: 'nothing.yml' },
    });
    expect(names(await configFiles(commitTree(reader, 'c0ffee'), 'sentry'))).toEqual({
      files: ['sentry/org.yml <- sentry/org.yml', 'sentry/web.yml <- common/web.yml'],
      problems: ['sentry/abs.yml', 'sentry/gone.yml', 'sentry/out.yml'],
    });
    const root = await workspace({ 'sentry/org.yml': ORG, 'common/web.yml': WEB });
    await symlink('../common/web.yml', path.join(root, 'sentry/web.yml'));
    await symlink('/etc/passwd', path.join(root, 'sentry/abs.yml'));
    await symlink('nothing.yml', path.join(root, 'sentry/gone.yml'));
    expect(names(await configFiles(workspaceTree(root), 'sentry'))).toEqual({
      files: ['sentry/org.yml <- sentry/org.yml', 'sentry/web.yml <- common/web.yml'],
      problems: ['sentry/abs.yml', 'sentry/gone.yml'],
    });
  });
});

describe("a pull request's base", () => {
  it('downloads only the files whose git blob sha differs from the workspace, and reads them by the same rules', async () => {
    const files: Record<string, string> = { 'sentry/org.yml': ORG, 'sentry/teams/web.yml': WEB };
    for (let i = 0; i < 200; i++) files[`sentry/teams/team-${i}.yml`] = `teams:\n  team-${i}:\n    members: [ann@acme.com]\n`;
    const root = await workspace(files);
    const head = await loadConfig('sentry', root);
    if (!head.ok) throw new Error(JSON.stringify(head.problems));
    const { reader, reads } = gitReader({ ...files, 'sentry/teams/web.yml': 'teams:\n  web: {}\n' });
    const base = await loadConfigAt(reader, 'c0ffee', 'sentry', head.parts);
    expect(base.kind === 'read' && base.result.ok && base.result.config.teams.get('web')?.people.size).toBe(0);
    expect(reads).toEqual({ trees: 1, blobs: 1 });
    // The same lanes at the base: a team's file with org-level keys is no base.
    const lane = gitReader({ ...files, 'sentry/teams/web.yml': 'members:\n  mallory@acme.com: owner\n' });
    const refused = await loadConfigAt(lane.reader, 'c0ffee', 'sentry', head.parts);
    expect(refused.kind === 'read' && !refused.result.ok && refused.result.problems.map((p) => [p.file, p.line])).toEqual([
      ['sentry/teams/web.yml', 1],
    ]);
    // A config the base does not have (new in the pull request).
    expect(await loadConfigAt(gitReader({ 'README.md': 'hello' }).reader, 'c0ffee', 'sentry', head.parts)).toEqual({
      kind: 'missing',
    });
  });
});

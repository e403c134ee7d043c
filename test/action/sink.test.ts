/**
 * The sink performs a publication and decides nothing: each write goes where it says, a refused
 * write to GitHub is a warning, and the failures come last. A small unit test: @actions/core is
 * replaced by a recorder and GitHub by an in-memory API.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GitHubApi } from '../../src/github/api.ts';
import type { Publication } from '../../src/publish/publication.ts';

const calls: string[] = [];
vi.mock('@actions/core', () => {
  const record = (name: string) => (message: string, properties?: object) =>
    calls.push(`${name}: ${message}${properties ? ` ${JSON.stringify(properties)}` : ''}`);
  return {
    info: record('info'),
    error: record('error'),
    warning: record('warning'),
    notice: record('notice'),
    setFailed: record('setFailed'),
    setOutput: (name: string, value: string) => calls.push(`output ${name}=${value}`),
    summary: { addRaw: (text: string) => ({ write: async () => calls.push(`summary: ${text}`) }) },
  };
});
const { perform } = await import('../../src/action/sink.ts');

function fakeGitHub(refuse = false): GitHubApi & { writes: string[] } {
  const writes: string[] = [];
  const write = (what: string) => async () => {
    if (refuse) throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 });
    writes.push(what);
  };
  return {
    writes,
    listComments: async () => [],
    createComment: async (issue, body) => write(`create comment on #${issue}: ${body}`)(),
    updateComment: async (id, body) => write(`update comment ${id}: ${body}`)(),
    pullRequestsOf: async () => [],
    findOpenIssue: async () => undefined,
    commitsTouching: async () => [],
    createIssue: async (title, body) => {
      await write(`create issue ${title}: ${body}`)();
      return 1;
    },
    updateIssue: async (number, change) => write(`update issue ${number}: ${JSON.stringify(change)}`)(),
    viewer: async () => undefined,
    fileAt: async () => undefined,
  };
}

const publication = (file: string): Publication => ({
  files: [{ path: file, text: '{"plan":1}\n' }],
  log: ['the plan'],
  annotations: [{ level: 'error', title: 't', message: 'blocked', file: 'a.yml', line: 3 }],
  outputs: { changes: '2', plan: file },
  summary: 'the summary',
  github: [
    { kind: 'comment', pull: 7, id: undefined, body: 'new', what: 'Posting the plan on pull request #7' },
    { kind: 'comment', pull: 7, id: 11, body: 'again', what: 'Posting the plan on pull request #7' },
    { kind: 'issue', number: 3, title: 'drift', body: 'closed', state: 'closed', what: 'Closing the drift issue' },
  ],
  failures: ['it failed: do this'],
});

describe('the sink', () => {
  beforeEach(() => {
    calls.length = 0;
    process.env.GITHUB_STEP_SUMMARY = '/dev/null';
  });
  afterEach(() => {
    delete process.env.GITHUB_STEP_SUMMARY;
  });

  it('performs every part in order, the failures last', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'sink-')), 'deep', 'plan.json');
    const github = fakeGitHub();
    await perform(publication(file), github);
    expect(await readFile(file, 'utf8')).toBe('{"plan":1}\n');
    expect(calls).toEqual([
      'info: the plan',
      'error: blocked {"title":"t","file":"a.yml","startLine":3}',
      'output changes=2',
      `output plan=${file}`,
      'summary: the summary',
      'setFailed: it failed: do this',
    ]);
    expect(github.writes).toEqual([
      'create comment on #7: new',
      'update comment 11: again',
      'update issue 3: {"body":"closed","state":"closed"}',
    ]);
  });

  it('turns a refused write into a warning saying which permission, and goes on', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'sink-')), 'plan.json');
    await perform(publication(file), fakeGitHub(true));
    const warnings = calls.filter((call) => call.startsWith('warning: '));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(
      /^warning: Posting the plan on pull request #7 failed: Resource not accessible by integration\. The token may not write here: give the workflow "pull-requests: write".*read-only token\. \{"title":"sentry-members-sync: GitHub"\}$/,
    );
    expect(calls.at(-1)).toBe('setFailed: it failed: do this');
  });

  it('without GitHub writes nothing there', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'sink-')), 'plan.json');
    await perform({ ...publication(file), failures: [] }, undefined);
    expect(calls.filter((call) => call.startsWith('warning'))).toEqual([]);
  });
});

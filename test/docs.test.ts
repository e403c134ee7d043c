import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, parseConfig } from '../src/config/load.ts';
import { ROOT } from './harness/run-action.ts';
import { rules } from './plan/builders.ts';

const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

/** Rows of the README table that follows a `## heading`: first cell (unquoted) -> second cell. */
function tableAfter(heading: string): Map<string, string> {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return new Map(
    rows
      .map((row) => row.split('|').map((cell) => cell.trim().replace(/^`|`$/g, '')))
      .map(([, name, second]) => [name ?? '', second ?? '']),
  );
}

describe('the README', () => {
  // The input table: test/settings/table.test.ts holds it, and action.yml, to the table of settings.

  it('documents exactly the outputs of action.yml', () => {
    expect([...tableAfter('Outputs').keys()]).toEqual(Object.keys(action.outputs));
  });

  it('shows a config example that validates', async () => {
    const example = /## The config file\n\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(await parseConfig(example ?? '', 'README.md')).toMatchObject({ ok: true });
  });

  it('runs on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('examples/by-team', () => {
  it('is members.example.yml written team by team: the same plan for the demo organization', async () => {
    const { startSimulatedSentry } = await import('../src/sim/server.ts');
    const { createSentryClient } = await import('../src/sentry/client.ts');
    const { planOrganization } = await import('../src/engine/plan-organization.ts');
    const sim = await startSimulatedSentry(JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')));
    const client = createSentryClient({ baseUrl: new URL(sim.url), token: sim.token ?? '' });
    // Where each change is written differs (file and line), and the order of a write's teams
    // (sections are read in file order); what each change does must not.
    const bySlug = (a: { teamSlug?: string; team?: string }, b: { teamSlug?: string; team?: string }) =>
      (a.teamSlug ?? a.team ?? '').localeCompare(b.teamSlug ?? b.team ?? '');
    const strip = (value: unknown): unknown =>
      JSON.parse(
        JSON.stringify(value, (key, field) =>
          key === 'line' || key === 'file' || key === 'config' || key === 'at'
            ? undefined
            : (key === 'teamRoles' || key === 'teams') && Array.isArray(field)
              ? [...field].sort(bySlug)
              : field,
        ),
      );
    try {
      const plans = [];
      for (const given of ['members.example.yml', 'examples/by-team/sentry']) {
        const loaded = await loadConfig(given, ROOT);
        if (!loaded.ok) throw new Error(`${given} is invalid: ${JSON.stringify(loaded.problems)}`);
        expect(loaded.warnings, given).toEqual([]);
        const outcome = await planOrganization(client, { config: loaded.config, organization: 'acme', options: rules() });
        if (outcome.kind !== 'plan') throw new Error(`${given}: ${JSON.stringify(outcome)}`);
        plans.push(strip(outcome.plan));
      }
      const [members, teams] = plans as { changes: { email: string }[] }[];
      // A team with a section is managed as a whole: mallory (not in the file, unlisted: report)
      // is taken off web, which the member-centric file leaves alone. Everything else is equal.
      const extra = teams?.changes.filter((change) => change.email === 'mallory@acme.com');
      expect(extra).toMatchObject([{ kind: 'update', email: 'mallory@acme.com', teams: [{ kind: 'leave', team: 'web' }] }]);
      expect({ ...teams, changes: teams?.changes.filter((change) => change.email !== 'mallory@acme.com') }).toEqual(members);
      expect(members?.changes.length).toBeGreaterThan(0);
    } finally {
      await client.close();
      await sim.close();
    }
  });
});

describe('the README plan example', () => {
  it('is what the engine prints for the demo organization and members.example.yml', async () => {
    const { startSimulatedSentry } = await import('../src/sim/server.ts');
    const { createSentryClient } = await import('../src/sentry/client.ts');
    const { planOrganization } = await import('../src/engine/plan-organization.ts');
    const { planText } = await import('../src/render/plan-text.ts');
    const sim = await startSimulatedSentry(JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')));
    const client = createSentryClient({ baseUrl: new URL(sim.url), token: sim.token ?? '' });
    try {
      const loaded = await parseConfig(await readFile(path.join(ROOT, 'members.example.yml')), 'sentry-members.yml');
      if (!loaded.ok) throw new Error('members.example.yml is invalid');
      const outcome = await planOrganization(client, {
        config: loaded.config,
        organization: 'acme',
        options: rules(),
        warnings: loaded.warnings,
      });
      const shown = /<!-- plan-example:start -->\n```text\n([\s\S]*?)```\n<!-- plan-example:end -->/.exec(readme)?.[1];
      // As the command line prints a plan: with what an apply would do.
      const printed = outcome.kind === 'plan' ? planText(outcome.plan, { forecast: { onPullRequest: false } }) : '';
      if (process.env.UPDATE_README_EXAMPLE) {
        const text = readme.replace(
          /(<!-- plan-example:start -->\n```text\n)[\s\S]*?(```\n<!-- plan-example:end -->)/,
          `$1${printed}$2`,
        );
        await (await import('node:fs/promises')).writeFile(path.join(ROOT, 'README.md'), text);
      } else expect(printed).toBe(shown);
    } finally {
      await client.close();
      await sim.close();
    }
  });
});

describe('the README comment example', () => {
  it('is what the action posts on a pull request for the demo organization (status, risk first, this pull request apart from drift, what merging does)', async () => {
    const { startSimulatedSentry } = await import('../src/sim/server.ts');
    const { createSentryClient } = await import('../src/sentry/client.ts');
    const { runSentry } = await import('../src/engine/run.ts');
    const { publish } = await import('../src/publish/publication.ts');
    const { ACTION_WORDS } = await import('../src/action/inputs.ts');
    const sim = await startSimulatedSentry(JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')));
    const client = createSentryClient({ baseUrl: new URL(sim.url), token: 'sntryu_demo_alice_owner_token' });
    try {
      const example = await readFile(path.join(ROOT, 'members.example.yml'), 'utf8');
      // The pull request changes Dana's and Frank's roles; the rest already differs in Sentry.
      const base = example
        .replace('dana@acme.com:\n    role: manager', 'dana@acme.com:\n    role: member')
        .replace('frank@acme.com:\n    role: member', 'frank@acme.com:\n    role: manager');
      const head = await parseConfig(example, 'sentry-members.yml');
      const before = await parseConfig(base, 'sentry-members.yml');
      if (!head.ok || !before.ok) throw new Error('the example configs are invalid');
      const readAt = Date.UTC(2026, 11, 2, 16, 41, 24);
      const outcome = await runSentry(client, {
        mode: 'plan',
        config: head.config,
        warnings: head.warnings,
        organization: 'acme',
        guards: { maxChanges: 50, maxRemovals: 5 },
        base: before.config,
        options: rules(),
        clock: () => readAt,
      });
      const sha = '4f2c9e1b7d3a5f60c8e2a4b6d8f0a2c4e6b8d0f2';
      const published = publish({
        mode: 'plan',
        outcome,
        config: head.config,
        organization: 'acme',
        settings: {
          configDisplayPath: 'sentry-members.yml',
          sentryUrl: new URL('https://sentry.io'),
          comment: true,
          driftIssue: false,
          redact: false,
          configInWorkspace: true,
        },
        event: {
          name: 'pull_request',
          sha,
          pullRequest: 12,
          repo: { owner: 'acme', repo: 'infra' },
          runUrl: 'https://github.com/acme/infra/actions/runs/4242',
          serverUrl: 'https://github.com',
          headSha: sha,
          publicRepository: false,
        },
        words: ACTION_WORDS,
        now: readAt,
        github: { pull: 12, comments: [], failures: [] },
      });
      const [comment] = published.github;
      // As GitHub shows it: without the hidden lines (the marker, the reviewed record, the plan's commit).
      const rendered = `${(comment?.body ?? '')
        .split('\n')
        .filter((line) => !line.startsWith('<!-- sentry-members-sync:'))
        .join('\n')
        .trim()}\n`;
      const shown = /<!-- comment-example:start -->\n([\s\S]*?)<!-- comment-example:end -->/.exec(readme)?.[1];
      if (process.env.UPDATE_README_EXAMPLE) {
        const text = readme.replace(
          /(<!-- comment-example:start -->\n)[\s\S]*?(<!-- comment-example:end -->)/,
          `$1${rendered}$2`,
        );
        await (await import('node:fs/promises')).writeFile(path.join(ROOT, 'README.md'), text);
      } else expect(shown).toBe(rendered);
      expect(rendered).toMatch(/^✅ \*\*Planned\*\*: 5 changes to acme · for /);
      expect(rendered).toContain('### From this pull request');
      expect(rendered).toContain('### Already different in Sentry (drift): applied too on merge');
      expect(rendered).toContain('**Merging applies 5 changes');
    } finally {
      await client.close();
      await sim.close();
    }
  });
});

describe('the README team-file pull request example', () => {
  it("is what the engine prints for examples/by-team with backend's and SRE's change, the base read apart", async () => {
    const { startSimulatedSentry } = await import('../src/sim/server.ts');
    const { createSentryClient } = await import('../src/sentry/client.ts');
    const { planOrganization } = await import('../src/engine/plan-organization.ts');
    const { planText } = await import('../src/render/plan-text.ts');
    const { parseConfigPart } = await import('../src/config/load.ts');
    const { mergeParts } = await import('../src/config/merge.ts');
    const files: Record<string, string> = {};
    for (const name of ['org.yml', 'teams/backend.yml', 'teams/mobile.yml', 'teams/platform.yml', 'teams/web.yml'])
      files[`sentry/${name}`] = await readFile(path.join(ROOT, 'examples/by-team/sentry', name), 'utf8');
    const load = async (texts: Record<string, string>) => {
      const parts = [];
      for (const [name, text] of Object.entries(texts)) parts.push(await parseConfigPart(text, name));
      const merged = mergeParts(parts, 'sentry', true);
      if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
      return merged;
    };
    const head = await load({
      ...files,
      'sentry/teams/sre.yml': 'teams:\n  sre:\n    admins: [alice@acme.com]\n    members: [heidi@acme.com]\n',
    });
    const base = await load({
      ...files,
      'sentry/teams/backend.yml': files['sentry/teams/backend.yml']?.replace('admins: [erin@acme.com]', 'admins: []') ?? '',
    });
    const sim = await startSimulatedSentry(JSON.parse(await readFile(path.join(ROOT, 'src/sim/fixtures/acme.json'), 'utf8')));
    const client = createSentryClient({ baseUrl: new URL(sim.url), token: 'sntryu_demo_alice_owner_token' });
    try {
      const outcome = await planOrganization(client, {
        config: head.config,
        organization: 'acme',
        options: rules(),
        warnings: head.warnings,
        base: base.config,
      });
      if (outcome.kind !== 'plan') throw new Error('unexpected config errors');
      const printed = planText(outcome.plan, { ...(outcome.drift ? { drift: outcome.drift } : {}) });
      const pattern = /(<!-- team-pr-example:start -->\n```text\n)[\s\S]*?(```\n<!-- team-pr-example:end -->)/;
      if (process.env.UPDATE_README_EXAMPLE) {
        await (await import('node:fs/promises')).writeFile(
          path.join(ROOT, 'README.md'),
          readme.replace(pattern, `$1${printed}$2`),
        );
      } else expect(readme.match(pattern)?.[0].split('\n').slice(2, -2).join('\n')).toBe(printed.trimEnd());
      expect(printed).toContain('(sentry/teams/sre.yml:3)');
      expect(printed).toMatch(
        /From this pull request \(1\):\n\n {2}Updates \(1\):\n {4}~ update erin@acme\.com \(Erin\) {2}\(sentry\/teams\/backend\.yml:4\)/,
      );
    } finally {
      await client.close();
      await sim.close();
    }
  });
});

describe('the README workflows', () => {
  const shown = [...readme.matchAll(/<!-- workflow: (\S+) -->\n```yaml\n([\s\S]*?)```/g)].map((match) => ({
    file: match[1] ?? '',
    text: match[2] ?? '',
  }));

  it('are the example files, as they are', async () => {
    expect(shown.map(({ file }) => file)).toEqual([
      'examples/workflows/sentry-members-plan.yml',
      'examples/workflows/sentry-members-apply.yml',
      'examples/workflows/sentry-members-github-teams.yml',
    ]);
    for (const { file, text } of shown) expect(text).toBe(await readFile(path.join(ROOT, file), 'utf8'));
  });

  it('are valid GitHub workflows (action-validator, with the SchemaStore workflow schema)', async () => {
    const { validateWorkflow } = (await import('@action-validator/core')) as unknown as {
      validateWorkflow: (source: string) => { errors: unknown[] };
    };
    for (const { file, text } of shown) expect(validateWorkflow(text).errors, file).toEqual([]);
    expect(validateWorkflow('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n').errors).not.toEqual([]);
  });

  it('use only inputs the action has', async () => {
    for (const { text } of shown) {
      const workflow = parse(text) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps.filter((s) => s.uses?.startsWith('sentry-members-sync/'))) {
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
        }
      }
    }
  });
});

describe('releasing', () => {
  it("the repository's own workflows are valid GitHub workflows", async () => {
    const { validateWorkflow } = (await import('@action-validator/core')) as unknown as {
      validateWorkflow: (source: string) => { errors: unknown[] };
    };
    for (const name of ['ci.yml', 'check-dist.yml', 'release.yml']) {
      const text = await readFile(path.join(ROOT, '.github/workflows', name), 'utf8');
      expect(validateWorkflow(text).errors, name).toEqual([]);
    }
  });

  it("CHANGELOG.md has a section for package.json's version, which the release notes print", async () => {
    const { execFile } = await import('node:child_process');
    const version = (JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const notes = (tag: string) =>
      new Promise<{ code: number; out: string }>((resolve) =>
        execFile(process.execPath, [path.join(ROOT, 'scripts/release-notes.ts'), tag], (error, out) =>
          resolve({ code: error ? Number(error.code) : 0, out }),
        ),
      );
    const current = await notes(`v${version}`);
    expect(current.code).toBe(0);
    expect(current.out.trim().length).toBeGreaterThan(20);
    expect((await notes('v99.0.0')).code).toBe(1);
  });

  it('the examples, the README, the release workflow and package.json agree on the release a workflow uses', async () => {
    const { execFileSync } = await import('node:child_process');
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const lock = JSON.parse(await readFile(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      version: string;
      packages: Record<string, { version?: string }>;
    };
    expect([lock.version, lock.packages['']?.version]).toEqual([pkg.version, pkg.version]);
    const major = `v${pkg.version.split('.')[0]}`;
    expect(major).not.toBe('v0');
    // Every `uses:` of this action in the examples and the README names the major tag.
    const examples = execFileSync('git', ['ls-files', 'examples', 'README.md'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((file) => /\.(ya?ml|md)$/.test(file));
    const refs = new Set<string>();
    for (const file of examples) {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      for (const match of text.matchAll(/uses: sentry-members-sync\/sentry-members-sync@(\S+)/g)) refs.add(match[1] ?? '');
    }
    expect([...refs]).toEqual([major]);
    // The release workflow runs on this version's tag, checks it is package.json's version, and
    // moves that major tag to it.
    const release = parse(await readFile(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } };
      jobs: { release: { steps: { name?: string; run?: string }[] } };
    };
    const tag = `v${pkg.version}`;
    const patterns = release.on.push.tags.map((glob) => new RegExp(`^${glob.replaceAll('.', '\\.')}$`));
    expect(patterns.some((pattern) => pattern.test(tag))).toBe(true);
    const steps = release.jobs.release.steps;
    expect(steps.find((step) => step.run?.includes("require('./package.json').version"))?.run).toContain('$GITHUB_REF_NAME');
    const move = steps.find((step) => step.name === 'Move the major tag to this release')?.run ?? '';
    const line = move.split('\n').find((text) => text.trim().startsWith('major='));
    const moved = execFileSync('bash', ['-c', `${line}; printf %s "$major"`], {
      env: { GITHUB_REF_NAME: tag },
      encoding: 'utf8',
    });
    expect(moved).toBe(major);
  });

  it('an exported file points at the schema published with this version', async () => {
    const { SCHEMA_URL } = await import('../src/export/export.ts');
    const version = (JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(SCHEMA_URL).toBe(
      `https://raw.githubusercontent.com/sentry-members-sync/sentry-members-sync/v${version}/schema/sentry-members.schema.json`,
    );
  });
});

describe('the repository', () => {
  it('ignores .env, where the local-run recipe writes the token', async () => {
    const { execFileSync } = await import('node:child_process');
    for (const name of ['.env', 'sub/.env']) {
      expect(execFileSync('git', ['check-ignore', '--no-index', name], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe(name);
    }
    expect(await readFile(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8')).toContain("cat > .env <<'ENV'");
  });

  it('marks dist/ and the generated validator as generated', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(
      'git',
      [
        'check-attr',
        'linguist-generated',
        'dist/index.js',
        'dist/cli/index.js',
        'src/config/schema-validator.generated.js',
        'src/cli/main.ts',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(
      out
        .trim()
        .split('\n')
        .map((row) => row.split(': ').at(-1)),
    ).toEqual(['true', 'true', 'true', 'unspecified']);
  });

  it('links only to files and headings that exist', async () => {
    const { execFileSync } = await import('node:child_process');
    const documents = execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file && !file.startsWith('node_modules/'));
    /** GitHub's anchor of a heading. */
    const slug = (heading: string) =>
      heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replaceAll(' ', '-');
    const anchors = async (file: string) =>
      new Set(
        [...(await readFile(path.join(ROOT, file), 'utf8')).matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1] ?? '')),
      );
    const broken: string[] = [];
    for (const file of documents) {
      const text = await readFile(path.join(ROOT, file), 'utf8');
      for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [where = '', anchor] = target.split('#');
        const linked = where === '' ? file : path.posix.join(path.posix.dirname(file), where);
        const exists = await readFile(path.join(ROOT, linked)).then(
          () => true,
          (error: NodeJS.ErrnoException) => error.code === 'EISDIR',
        );
        if (!exists) broken.push(`${file}: ${target}`);
        else if (anchor && linked.endsWith('.md') && !(await anchors(linked)).has(anchor)) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("CONTRIBUTING's paths exist", async () => {
    const text = await readFile(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    const paths = [...text.matchAll(/`((?:src|test|docs|schema|bench|examples|scripts|\.github|\.ci)\/[^`*<> ]*)`/g)].map(
      (match) => match[1] ?? '',
    );
    expect(paths.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const file of paths)
      await readFile(path.join(ROOT, file)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EISDIR') missing.push(file);
      });
    expect(missing).toEqual([]);
  });
});

describe('the README Safety figures', () => {
  it('are the sizes of the tests that prove them', async () => {
    const { CASES } = await import('./reliability/fault-cases.ts');
    const { invalidConfigs } = await import('./fixtures/configs/corpus.ts');
    expect(readme).toContain(
      `| ${CASES.length} cases; ${CASES.filter((c) => c.expectSurvival).length} transient faults survived with no failure;`,
    );
    expect(readme).toContain(`all ${CASES.length} converge on rerun`);
    expect(readme).toContain(`| ${invalidConfigs().length} files, each refused at its line`);
    const lean = await readFile(path.join(ROOT, 'test/config/lean-source.property.test.ts'), 'utf8');
    const runs = Number(/numRuns: ([\d_]+)/.exec(lean)?.[1]?.replaceAll('_', ''));
    expect(readme).toContain(`| ${runs.toLocaleString('en')} generated files per run;`);
    const { ATTACKS, LONGEST_HOLD_SECONDS } = await import('./reliability/attack-cases.ts');
    expect(readme).toContain(`| ${ATTACKS.length} attacks tried, ${ATTACKS.length} survived;`);
    expect(readme).toContain(`under ${LONGEST_HOLD_SECONDS} s with the tests' 0.5 s deadlines`);
    const { FILE_ATTACKS } = await import('./reliability/file-attack-cases.ts');
    expect(readme).toContain(`| ${FILE_ATTACKS.length} hostile files and lanes tried, ${FILE_ATTACKS.length} survived;`);
    const security = await readFile(path.join(ROOT, 'SECURITY.md'), 'utf8');
    expect(security.replace(/\s+/g, ' ')).toContain(`${FILE_ATTACKS.length} tried, ${FILE_ATTACKS.length} survived`);
  });
});

describe('the repository explains itself', () => {
  it('points at no document outside it: rules are stated, or cite docs/', async () => {
    const { execFileSync } = await import('node:child_process');
    const files = execFileSync('git', ['ls-files', 'src', 'test', 'docs', 'README.md', 'SECURITY.md', 'bench', 'scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => file && !file.endsWith('.json') && !file.endsWith('.snap'));
    // Built from parts, so this file does not match itself.
    const outside = new RegExp(['\\.\\./shared', 'SPEC(\\.md| section| §)', 'API\\.md'].join('|'));
    const pointing: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(ROOT, file), 'utf8').catch(() => '');
      if (outside.test(text)) pointing.push(file);
    }
    expect(pointing).toEqual([]);
  });
});

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { messageOf } from '../domain/errors.ts';
import type { GitHubApi } from '../github/api.ts';
import type { Annotation, GitHubWrite, Publication } from '../publish/publication.ts';

/**
 * Performs a publication as the runner shows it, in this order: files (plan.json), the log,
 * annotations, outputs, the job summary, the writes to GitHub, and last the failures (so the
 * step's failure is the log's last error). It decides nothing: what to publish was decided by
 * publish() (src/publish/publication.ts).
 */
export async function perform(publication: Publication, github: GitHubApi | undefined): Promise<void> {
  for (const file of publication.files) {
    await mkdir(path.dirname(file.path), { recursive: true });
    await writeFile(file.path, file.text);
  }
  for (const block of publication.log) core.info(block);
  for (const annotation of publication.annotations) annotate(annotation);
  for (const [name, value] of Object.entries(publication.outputs)) core.setOutput(name, value);
  if (publication.summary !== undefined && process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(publication.summary, true).write();
  if (github) for (const write of publication.github) await softly(write.what, () => send(github, write));
  for (const failure of publication.failures) core.setFailed(failure);
}

function annotate(annotation: Annotation): void {
  const properties: core.AnnotationProperties = {
    title: annotation.title,
    ...(annotation.file === undefined ? {} : { file: annotation.file }),
    ...(annotation.line === undefined ? {} : { startLine: annotation.line }),
    ...(annotation.column === undefined ? {} : { startColumn: annotation.column }),
  };
  if (annotation.level === 'error') core.error(annotation.message, properties);
  else if (annotation.level === 'warning') core.warning(annotation.message, properties);
  else core.notice(annotation.message, properties);
}

async function send(github: GitHubApi, write: GitHubWrite): Promise<void> {
  if (write.kind === 'comment') {
    if (write.id === undefined) await github.createComment(write.pull, write.body);
    else await github.updateComment(write.id, write.body);
    return;
  }
  if (write.number === undefined) await github.createIssue(write.title, write.body);
  else await github.updateIssue(write.number, { body: write.body, state: write.state });
}

/**
 * A write to GitHub that fails is a warning, never the step's failure (a fork's read-only token
 * answers 403, a missing permission 403 or 404).
 */
async function softly(what: string, call: () => Promise<void>): Promise<void> {
  try {
    await call();
  } catch (error) {
    core.warning(`${what} failed: ${messageOf(error)}.${permissionHint(error)}`, { title: 'sentry-members-sync: GitHub' });
  }
}

/** What to do when GitHub refuses: the permission the workflow needs. */
function permissionHint(error: unknown): string {
  const status = (error as { status?: number }).status;
  return status === 403 || status === 404
    ? ' The token may not write here: give the workflow "pull-requests: write" (comments) or "issues: write" (drift issue); pull requests from forks get a read-only token.'
    : '';
}

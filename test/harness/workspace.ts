import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh folder holding `files` (path -> text, folders separated by `/`): a workspace, or part of one. */
export async function workspaceWith(files: Readonly<Record<string, string>>, root?: string): Promise<string> {
  const folder = root ?? (await mkdtemp(path.join(tmpdir(), 'sms-workspace-')));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), text);
  }
  return folder;
}

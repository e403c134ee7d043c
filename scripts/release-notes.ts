/**
 * Prints the CHANGELOG.md section of a version (`node scripts/release-notes.ts v1.2.3`), for the
 * release workflow; exits 1 when CHANGELOG.md has no section for it.
 */
import { readFile } from 'node:fs/promises';

const version = (process.argv[2] ?? '').replace(/^v/, '');
const changelog = await readFile(new URL('../CHANGELOG.md', import.meta.url), 'utf8');
const notes = sectionOf(changelog, version);
if (notes === undefined) {
  process.stderr.write(`CHANGELOG.md has no "## ${version}" section: add one before tagging v${version}\n`);
  process.exit(1);
}
process.stdout.write(`${notes}\n`);

/** The text under `## <version>` up to the next `## `. */
function sectionOf(text: string, wanted: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${wanted}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

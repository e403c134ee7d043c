import path from 'node:path';
import { isSlug } from '../domain/slugs.ts';
import type { ConfigProblem, Part } from './model.ts';
import { CONFIG_SCHEMA } from './schema.ts';

/**
 * Team files stay in their lane (docs/behaviour.md, section 1.2). In a config of several files,
 * the org-level keys (every top-level key but `teams`: organization, unlisted, missing, ignore,
 * members, and any added later) are in one file, the org file; every other file is a team's file
 * and holds only the section of the team its name says (`teams/backend.yml` holds `backend`).
 * CODEOWNERS on a team's file then lets that team's leads change their roster and nothing else:
 * never an org role, an org policy or another team.
 *
 * The org file is the file that holds org-level keys. When several do, it is the first of them
 * in path order that does not hold the section its own name says (a team's file that took
 * org-level keys keeps its name), and the others' org-level keys are errors.
 */
export const ORG_KEYS: readonly string[] = Object.keys(CONFIG_SCHEMA.properties).filter((key) => key !== 'teams');

/** The team a file may hold: its name without `.yml` / `.yaml`. */
export function teamOfFile(file: string): string {
  return path.posix.basename(file.replaceAll('\\', '/')).replace(/\.ya?ml$/i, '');
}

/** The org file of a config's files, if any holds org-level keys. */
export function orgFileOf(parts: readonly Part[]): Part | undefined {
  const holding = parts.filter((part) => part.holds.some((held) => held.key !== 'teams'));
  return holding.find((part) => !part.config?.teams.has(teamOfFile(part.file))) ?? holding[0];
}

export function laneProblems(parts: readonly Part[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const org = orgFileOf(parts);
  const orgNamed = org ? org.file : 'one file (the org file)';
  for (const part of parts) {
    if (part === org) continue;
    const team = teamOfFile(part.file);
    const lane = isSlug(team)
      ? `${part.file} is team "${team}"'s file and holds only that team's section (teams: {${team}: ...})`
      : `${part.file} is a team's file, but its name is no team's slug: name it after the team whose section it holds (teams/<slug>.yml)`;
    for (const held of part.holds) {
      if (held.key === 'teams') continue;
      problems.push({
        severity: 'error',
        file: part.file,
        line: held.line,
        column: held.column,
        message: `"${held.key}" is an org-level key, and in a config of several files the org-level keys (${ORG_KEYS.join(', ')}) are all in ${orgNamed}: ${lane}. Move "${held.key}" to ${orgNamed}, whose owners decide org roles and policies`,
      });
    }
    for (const section of part.config?.teams.values() ?? []) {
      if (section.slug === team) continue;
      problems.push({
        severity: 'error',
        file: part.file,
        line: section.position.line,
        column: section.position.column,
        message: `team "${section.slug}" has its section in ${part.file}, which may hold only the section of the team its name says${isSlug(team) ? ` ("${team}")` : ''}: a team's section is in a file named after the team, so that its owners are that team's leads. Move it to ${path.posix.join(path.posix.dirname(part.file), `${section.slug}.yml`)}${org ? ` or to ${org.file}` : ''}`,
      });
    }
  }
  return problems;
}

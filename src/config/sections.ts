import type { TeamRole } from '../domain/roles.ts';
import { checkEmailCharacters } from './emails.ts';
import type { GitHubTeamRef, Position, TeamSection } from './model.ts';
import type { Reader } from './reader.ts';
import type { RawTeamSection } from './schema.ts';

/** The lists of a section, with the team role each gives (null: the one the org role implies). */
const LISTS = [
  ['admins', 'admin'],
  ['contributors', 'contributor'],
  ['members', null],
] as const satisfies readonly (readonly [keyof RawTeamSection, TeamRole | null])[];

/**
 * The team sections of one file: each person once per section, in the section's order, with
 * where they are written. `members`: the file's own, whose strings a section's emails take (one
 * string per email, not one per mention).
 */
export function readSections(
  raw: Record<string, RawTeamSection>,
  reader: Reader,
  members?: ReadonlyMap<string, { readonly email: string }>,
): Map<string, TeamSection> {
  const { file, source, report } = reader;
  const sections = new Map<string, TeamSection>();
  for (const [slug, section] of Object.entries(raw)) {
    const people = new Map<string, TeamRole | null>();
    const places: number[] = [];
    for (const [list, teamRole] of LISTS) {
      for (const [index, address] of (section[list] ?? []).entries()) {
        if (address === undefined) continue; // refused by the schema (src/config/prune.ts)
        const lower = address.toLowerCase();
        const email = members?.get(lower)?.email ?? reader.email(lower);
        const position = source.locate(['teams', slug, list, String(index)]);
        if (people.has(email)) {
          const before = places[2 * [...people.keys()].indexOf(email)];
          report('error', position, `${address} is in two lists of team "${slug}" (also line ${before}): keep one`);
          continue;
        }
        checkEmailCharacters(address, position, report);
        people.set(email, teamRole);
        places.push(position.line, position.column);
      }
    }
    const github = section['github-team'];
    sections.set(slug, {
      slug,
      file,
      position: source.locate(['teams', slug], 'key'),
      ...(github === undefined ? {} : { github: githubTeamRef(github, source.locate(['teams', slug, 'github-team'])) }),
      people,
      places: Uint32Array.from(places),
    });
  }
  return sections;
}

/** `org/team-slug` as the schema accepts it. */
function githubTeamRef(text: string, position: Position): GitHubTeamRef {
  const [org = '', team = ''] = text.split('/');
  return { org, team, key: text.toLowerCase(), position };
}

import { readApprovals } from './approvals.ts';
import { checkEmailCharacters } from './emails.ts';
import { readMembers } from './members.ts';
import type { Config, MemberSpec } from './model.ts';
import { readPeople } from './people.ts';
import type { Reader } from './reader.ts';
import type { RawConfig } from './schema.ts';
import { readSections } from './sections.ts';

/**
 * The normalized model of one file the schema accepted, and the checks the schema cannot
 * express, reported as they are found: its members, its team sections, its ignore list, its
 * approvers.
 */
export function buildModel(raw: RawConfig, reader: Reader): Config {
  const members = readMembers(raw.members ?? {}, reader);
  const teams = readSections(raw.teams ?? {}, reader, members);
  return {
    file: reader.file,
    files: [reader.file],
    organization: raw.organization,
    unlisted: raw.unlisted ?? 'report',
    missing: raw.missing ?? 'report',
    ignore: readIgnore(raw.ignore ?? [], members, reader),
    members,
    teams,
    ...(raw.people === undefined ? {} : { people: readPeople(raw.people, reader) }),
    ...(raw.approvals ? { approvals: readApprovals(raw.approvals, reader) } : {}),
    declared: (['unlisted', 'missing'] as const).filter((name) => raw[name] !== undefined),
  };
}

/** `ignore`: emails never changed; one that is also a member is an error, one written twice a warning. */
function readIgnore(raw: readonly (string | undefined)[], members: ReadonlyMap<string, MemberSpec>, reader: Reader): Set<string> {
  const { source, report } = reader;
  const ignore = new Set<string>();
  for (const [index, address] of raw.entries()) {
    if (address === undefined) continue; // refused by the schema (src/config/prune.ts)
    const email = reader.email(address.toLowerCase());
    const position = source.locate(['ignore', String(index)]);
    const member = members.get(email);
    if (member) {
      report(
        'error',
        position,
        `${address} is both ignored and listed under members (line ${member.source.entry.line}): an ignored member is never changed, so keep it in one place only`,
      );
    } else if (ignore.has(email)) {
      report('warning', position, `${address} is in ignore twice`);
    } else checkEmailCharacters(address, position, report);
    ignore.add(email);
  }
  return ignore;
}

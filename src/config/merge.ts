import { redactSecrets } from '../domain/secrets.ts';
import { laneProblems, orgFileOf } from './lanes.ts';
import type { Config, ConfigProblem, LoadResult, Part, Person } from './model.ts';

/** Where something is written, as messages name it: `file:line`. */
function at(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

/**
 * Several files read as one config (docs/behaviour.md, section 1.2): the team files stay in
 * their lane (src/config/lanes.ts); `ignore` lists are joined; a member (case-insensitive email)
 * or a team section defined in two files is an error naming both places. Then the checks that span
 * the files run (crossCheck). Every problem of every file comes at once, in file order then line
 * order: what is readable of a file with errors is still merged and checked. `given` is the config
 * as the user named it (file, directory or glob); `several`: it is a directory or a glob.
 */
export function mergeParts(
  parts: readonly Part[],
  given: string,
  several: boolean,
  found: readonly ConfigProblem[] = [],
): LoadResult {
  const problems: ConfigProblem[] = [...found, ...parts.flatMap((part) => part.problems)];
  const error = (file: string, line: number | undefined, message: string) =>
    problems.push({ severity: 'error', file, ...(line === undefined ? {} : { line }), message });
  if (several) problems.push(...laneProblems(parts));
  const readable = parts.flatMap((part) => (part.config ? [part.config] : []));
  const ignore = new Set<string>();
  const ignoredIn = new Map<string, string>();
  const dropped = new Set(parts.flatMap((part) => [...part.dropped]));
  const lineOf = (config: Config, key: string) =>
    parts.find((part) => part.config === config)?.holds.find((h) => h.key === key)?.line;
  let organization: { value: string; file: string } | undefined;
  let approvals: Config['approvals'];
  const policy: { unlisted?: { value: Config['unlisted']; file: string }; missing?: { value: Config['missing']; file: string } } =
    {};
  for (const config of readable) {
    const file = config.file;
    if (config.organization !== undefined) {
      if (organization && organization.value !== config.organization && !several)
        error(
          file,
          lineOf(config, 'organization'),
          `organization is "${config.organization}" here and "${organization.value}" in ${organization.file}: they must agree`,
        );
      organization ??= { value: config.organization, file };
    }
    for (const name of config.declared ?? []) {
      const earlier = policy[name];
      // In a config of several files, a policy set twice is in two files: the lanes say so.
      if (earlier && !several)
        error(file, lineOf(config, name), `${name} is set here and in ${earlier.file}: set it in one file only`);
      else if (earlier) continue;
      else if (name === 'unlisted') policy.unlisted = { value: config.unlisted, file };
      else policy.missing = { value: config.missing, file };
    }
    if (config.approvals) {
      // In a config of several files, approvals set twice is in two files: the lanes say so.
      if (approvals && !several)
        error(
          file,
          config.approvals.position.line,
          `approvals is set here and at ${at(approvals.file, approvals.position.line)}: set it in one file only`,
        );
      else approvals ??= config.approvals;
    }
    for (const email of config.ignore) {
      ignore.add(email);
      ignoredIn.set(email, file);
    }
  }
  const members = joined(
    readable.map((config) => config.members),
    (spec) => ({ file: spec.source.file, line: spec.source.entry.line }),
    (email, _, earlier) =>
      `${email} is defined here and at ${at(earlier.file, earlier.line)}: a member is defined once, in one file`,
    error,
  );
  const teams = joined(
    readable.map((config) => config.teams),
    (section) => ({ file: section.file, line: section.position.line }),
    (slug, _, earlier) =>
      `team "${slug}" has a section here and at ${at(earlier.file, earlier.line)}: a team's section is in one file`,
    error,
  );
  const people = joined(
    readable.map((config) => config.people ?? new Map<string, Person>()),
    (person) => ({ file: person.file, line: person.position.line }),
    (_, person, earlier) =>
      `the GitHub login ${person.login} is under people here and at ${at(earlier.file, earlier.line)}: map a login once, in one file`,
    error,
  );
  for (const email of ignore) {
    const member = members.get(email);
    if (member && member.source.file !== ignoredIn.get(email))
      error(
        ignoredIn.get(email) ?? given,
        lineOf(readable.find((config) => config.file === ignoredIn.get(email)) ?? readable[0] ?? ({} as Config), 'ignore'),
        `${email} is ignored here and listed under members at ${at(member.source.file, member.source.entry.line)}: keep it in one place only`,
      );
  }
  const merged: Config = {
    file: given,
    files: parts.map((part) => part.file),
    organization: organization?.value,
    unlisted: policy.unlisted?.value ?? 'report',
    missing: policy.missing?.value ?? 'report',
    ignore,
    members,
    teams,
    ...(people.size > 0 ? { people } : {}),
    ...(approvals ? { approvals } : {}),
    ...(several ? { orgFile: orgFileOf(parts)?.file ?? '' } : {}),
  };
  // The checks that span entries need every file read: a file not read at all (a syntax error)
  // could hold the entry a section names.
  const complete = readable.length === parts.length && found.length === 0;
  problems.push(...crossCheck(merged, complete ? dropped : undefined));
  const errors = problems.some((problem) => problem.severity === 'error');
  if (!errors && several && readable.every((config) => config.members.size === 0))
    error(given, undefined, `none of the files of ${given} lists "members" (who is in the organization)`);
  const sorted = sortProblems(problems, parts);
  if (sorted.some((problem) => problem.severity === 'error')) return { ok: false, problems: sorted };
  return { ok: true, config: merged, warnings: sorted, parts };
}

/**
 * The maps of several files in one (members by email, sections by slug, people by login): each
 * name once, from the first file that defines it; a name defined again is an error at the later
 * place. One map is taken as it is: it cannot hold a name twice, and at 50,000 members a copy is
 * megabytes while the file's part is kept too.
 */
function joined<T>(
  maps: readonly ReadonlyMap<string, T>[],
  place: (value: T) => { readonly file: string; readonly line: number },
  clash: (name: string, value: T, earlier: { readonly file: string; readonly line: number }) => string,
  error: (file: string, line: number | undefined, message: string) => void,
): ReadonlyMap<string, T> {
  const [first] = maps;
  if (maps.length === 1 && first) return first;
  const all = new Map<string, T>();
  for (const map of maps)
    for (const [name, value] of map) {
      const earlier = all.get(name);
      if (earlier === undefined) {
        all.set(name, value);
        continue;
      }
      const here = place(value);
      error(here.file, here.line, clash(name, value, place(earlier)));
    }
  return all;
}

/**
 * Problems in file order (the config's files, then any other), each file's by line and column,
 * every message with tokens redacted: a message quotes values of the file, and the file may be
 * anything that was committed.
 */
function sortProblems(problems: readonly ConfigProblem[], parts: readonly Part[]): ConfigProblem[] {
  const order = new Map(parts.map((part, index) => [part.file, index]));
  const rank = (file: string) => order.get(file) ?? -1;
  return problems
    .map((problem) => ({ ...problem, message: redactSecrets(problem.message) }))
    .sort((a, b) => rank(a.file) - rank(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * The rules that span a config's entries and team sections: every email in a team section is a
 * listed member (its org role comes from there), and not a billing one; a pair declared both in
 * a member entry and in a team section must agree (the same role twice is a warning). `dropped`:
 * entries that could not be read, not reported as missing; undefined when a whole file could not
 * be read (no email is then reported as missing).
 */
export function crossCheck(config: Config, dropped?: ReadonlySet<string>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const section of config.teams.values()) {
    let index = 0;
    for (const [email, role] of section.people) {
      const slot = 2 * index++;
      const where = {
        file: section.file,
        line: section.places[slot] ?? section.position.line,
        column: section.places[slot + 1] ?? section.position.column,
      };
      const member = config.members.get(email);
      if (!member) {
        // An entry refused by the schema, or a file not read: its own error says enough.
        if (dropped === undefined || dropped.has(email)) continue;
        problems.push({
          severity: 'error',
          ...where,
          message: `${email} is on team "${section.slug}" but not listed under members (where its org role comes from): add it to members`,
        });
        continue;
      }
      if (member.role === 'billing') {
        problems.push({
          severity: 'error',
          ...where,
          message: `${email} has the org role "billing" (${at(member.source.file, member.source.entry.line)}), which cannot be on teams (Sentry refuses it): take it off team "${section.slug}"`,
        });
        continue;
      }
      const declared = member.teams?.has(section.slug) ? (member.teams.get(section.slug) ?? null) : undefined;
      if (declared === undefined) continue;
      const words = (value: string | null) => (value === null ? 'no explicit role' : value);
      const entry = at(member.source.file, member.source.entry.line);
      if (declared !== role)
        problems.push({
          severity: 'error',
          ...where,
          message: `${email} is on team "${section.slug}" with ${words(role)} here and ${words(declared)} in its entry at ${entry}: declare the team in one place`,
        });
      else
        problems.push({
          severity: 'warning',
          ...where,
          message: `${email} is on team "${section.slug}" here and in its entry at ${entry}, with the same role: one place is enough`,
        });
    }
  }
  return problems;
}

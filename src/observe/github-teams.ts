import type { Config, ConfigProblem, GitHubTeamRef } from '../config/model.ts';
import { type GitHubRosters, type GitHubTeamMember, NO_ROSTERS, type SamlEmails, samlEmail } from '../domain/github-teams.ts';
import { GitHubReadError } from '../github/read-errors.ts';
import type { GitHubTeamReads } from '../github/reads.ts';

/**
 * What the run read of GitHub for the sections that follow a GitHub team (docs/behaviour.md,
 * section 1.5), or the problems that keep it from planning: a team that does not exist or cannot
 * be read is a config error at its `github-team` line, and nothing is written.
 */
export type GitHubTeamsRead =
  | { readonly kind: 'read'; readonly rosters: GitHubRosters; readonly unreadable: ReadonlySet<string> }
  | { readonly kind: 'failed'; readonly problems: readonly ConfigProblem[] };

/**
 * Reads every GitHub team `config` (and `base`, the pull request's base commit) follows, once
 * each, all at once (the client keeps within GitHub's limits), then the SAML identities of each
 * GitHub organization where some member has no entry under `people` (and only there: people
 * alone need no more). Without a section that follows a GitHub team it sends nothing. A team
 * only the base follows that cannot be read is not a problem of the file: it is in `unreadable`,
 * and the base is not planned.
 */
export async function readGitHubTeams(
  github: GitHubTeamReads | undefined,
  config: Config,
  base?: Config,
): Promise<GitHubTeamsRead> {
  const refs = new Map<string, GitHubTeamRef>();
  for (const { github: ref } of [...config.teams.values(), ...(base?.teams.values() ?? [])])
    if (ref && !refs.has(ref.key)) refs.set(ref.key, ref);
  if (refs.size === 0) return { kind: 'read', rosters: NO_ROSTERS, unreadable: new Set() };
  const failures = new Map<string, string>();
  const teams = new Map<string, readonly GitHubTeamMember[]>();
  const saml = new Map<string, SamlEmails>();
  if (github) await readInto(github, refs, config, base, { failures, teams, saml });
  else
    for (const key of refs.keys())
      failures.set(
        key,
        'no GitHub token to read it with: give one with organization members read access (input github-teams-token in the action, GITHUB_TOKEN on the command line)',
      );
  const problems = problemsAt(config, (ref) => failures.get(ref.key));
  if (problems.length > 0) return { kind: 'failed', problems };
  return { kind: 'read', rosters: { teams, saml }, unreadable: new Set(failures.keys()) };
}

/** The teams, then the SAML identities where `people` leaves someone without an email; what fails, by team. */
async function readInto(
  github: GitHubTeamReads,
  refs: ReadonlyMap<string, GitHubTeamRef>,
  config: Config,
  base: Config | undefined,
  into: {
    failures: Map<string, string>;
    teams: Map<string, readonly GitHubTeamMember[]>;
    saml: Map<string, SamlEmails>;
  },
): Promise<void> {
  const { failures, teams, saml } = into;
  await Promise.all(
    [...refs].map(async ([key, ref]) => {
      try {
        const members = await github.teamMembers(ref.org, ref.team);
        teams.set(
          key,
          members.map(({ login, role }) => ({ login, maintainer: role === 'maintainer' })),
        );
      } catch (error) {
        failures.set(key, describeReadFailure(error));
      }
    }),
  );
  // Teams with a member that `people` does not map (in either file), by GitHub organization.
  const mapped = (login: string) => config.people?.has(login.toLowerCase()) || base?.people?.has(login.toLowerCase());
  const needing = new Map<string, { org: string; keys: string[] }>();
  for (const [key, members] of teams) {
    if (members.every((member) => mapped(member.login))) continue;
    const org = (refs.get(key) as GitHubTeamRef).org;
    const entry = needing.get(org.toLowerCase()) ?? { org, keys: [] };
    entry.keys.push(key);
    needing.set(org.toLowerCase(), entry);
  }
  await Promise.all(
    [...needing].map(async ([lower, { org, keys }]) => {
      try {
        saml.set(lower, samlEmails(await github.samlIdentities(org)));
      } catch (error) {
        // Without them, people who have an identity would be left out, and taken off their teams.
        for (const key of keys) failures.set(key, `the SAML identities of ${org} cannot be read: ${describeReadFailure(error)}`);
      }
    }),
  );
}

function samlEmails(identities: Awaited<ReturnType<GitHubTeamReads['samlIdentities']>>): SamlEmails {
  if (identities.kind !== 'identities')
    return { kind: 'none', detail: identities.detail, permitted: identities.kind === 'no-saml' };
  const emails = new Map<string, string>();
  for (const { login, nameId } of identities.identities) {
    const email = samlEmail(nameId);
    if (email !== undefined) emails.set(login.toLowerCase(), email);
  }
  return { kind: 'read', emails };
}

/** A problem at each `github-team` line of `config` for which `why` says something. */
function problemsAt(config: Config, why: (ref: GitHubTeamRef) => string | undefined): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const section of config.teams.values()) {
    const ref = section.github;
    const reason = ref && why(ref);
    if (!ref || reason === undefined) continue;
    problems.push({
      severity: 'error',
      file: section.file,
      ...ref.position,
      message: `team "${section.slug}" follows the GitHub team ${ref.org}/${ref.team}, which cannot be read, so nothing was planned or written: ${reason}`,
    });
  }
  return problems;
}

/** A GitHub read's failure in words (GitHubReadError says the request, GitHub's words and what to do). */
function describeReadFailure(error: unknown): string {
  if (error instanceof GitHubReadError) return error.message;
  throw error;
}

/**
 * For `export --github-teams <org>`: the GitHub team of each of `slugs` in `org`, where there is
 * one (a team GitHub does not show is left out), and the emails of the organization's SAML
 * identities. Any other failure throws: an export is not written from half a read.
 */
export async function readSameSlugTeams(
  github: GitHubTeamReads,
  org: string,
  slugs: readonly string[],
): Promise<{ teams: Map<string, readonly GitHubTeamMember[]>; emails: ReadonlyMap<string, string>; saml: SamlEmails }> {
  const teams = new Map<string, readonly GitHubTeamMember[]>();
  const [saml] = await Promise.all([
    github.samlIdentities(org).then(samlEmails),
    ...slugs.map(async (slug) => {
      try {
        const members = await github.teamMembers(org, slug);
        teams.set(
          slug,
          members.map(({ login, role }) => ({ login, maintainer: role === 'maintainer' })),
        );
      } catch (error) {
        if (!(error instanceof GitHubReadError && error.failure === 'not-found')) throw error;
      }
    }),
  ]);
  return { teams, emails: saml.kind === 'read' ? saml.emails : new Map(), saml };
}

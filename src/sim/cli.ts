import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ORG_ROLES } from '../domain/roles.ts';
import type { Fixture } from './fixture.ts';
import { generateOrganization } from './generate.ts';
import { type SimulatedSentry, startSimulatedSentry } from './server.ts';

const USAGE = `Usage: npm run sim -- [--fixture file.json | --generate MEMBERS:TEAMS] [options]

Starts a simulated Sentry on 127.0.0.1 and prints its URL and a token.

  --fixture <file>        Organization to serve (default: src/sim/fixtures/acme.json).
  --generate <m:t>        A generated organization of m members and t teams instead.
  --seed <n>              Seed for --generate (default 1).
  --port <n>              Port (default: any free port).
  --latency <ms>          Delay added to every request (default 0).
  --rate-limit <n>        Requests per second per endpoint and method (default 40).
  --no-rate-limit         No limits and no rate-limit headers, as self-hosted Sentry.
  -h, --help              Show this help.`;

/** Bad usage or an unusable fixture: one line, exit status 2. */
class SimUsageError extends Error {}

/** A whole number from `min` up, or the usage error that names the option. */
function wholeNumber(option: string, value: string, min = 0): number {
  if (!/^\d+$/.test(value) || Number(value) < min || !Number.isSafeInteger(Number(value)))
    throw new SimUsageError(`${option} is "${value}": expected a whole number${min > 0 ? ` of at least ${min}` : ''}`);
  return Number(value);
}

function options(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      options: {
        fixture: { type: 'string' },
        generate: { type: 'string' },
        seed: { type: 'string', default: '1' },
        port: { type: 'string', default: '0' },
        latency: { type: 'string', default: '0' },
        'rate-limit': { type: 'string', default: '40' },
        'no-rate-limit': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    const { code, message = '' } = error as { code?: string; message?: string };
    const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new SimUsageError(`unknown option "${option}"`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new SimUsageError(`${option} needs a value`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new SimUsageError(`unexpected argument "${/'([^']*)'/.exec(message)?.[1] ?? ''}"`);
    throw new SimUsageError(message);
  }
}

/**
 * A fixture file, checked for the shape the simulation needs before it is served: a file that is
 * missing, not JSON, or not an organization is one line saying which.
 */
async function readFixture(file: string): Promise<Fixture> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SimUsageError(
      code === 'ENOENT' ? `the fixture ${file} does not exist` : `the fixture ${file} cannot be read (${code ?? String(error)})`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SimUsageError(`the fixture ${file} is not JSON: ${(error as Error).message}`);
  }
  const problem = fixtureProblem(data);
  if (problem) throw new SimUsageError(`the fixture ${file} is not a simulated organization: ${problem}`);
  return data as Fixture;
}

function fixtureProblem(data: unknown): string | undefined {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(data)) return 'expected an object with "organization" and "members"';
  if (!isObject(data.organization) || typeof data.organization.slug !== 'string')
    return '"organization" needs a "slug" (see src/sim/fixtures/acme.json)';
  if (!Array.isArray(data.members)) return '"members" must be a list';
  for (const [index, member] of data.members.entries()) {
    if (!isObject(member) || typeof member.email !== 'string') return `members[${index}] needs an "email"`;
    if (!(ORG_ROLES as readonly unknown[]).includes(member.orgRole))
      return `members[${index}] (${member.email}) has the orgRole ${JSON.stringify(member.orgRole)}: expected one of ${ORG_ROLES.join(', ')}`;
  }
  if (
    data.teams !== undefined &&
    (!Array.isArray(data.teams) || !data.teams.every((team) => isObject(team) && typeof team.slug === 'string'))
  )
    return '"teams" must be a list of {"slug": ...}';
  if (
    data.tokens !== undefined &&
    (!Array.isArray(data.tokens) || !data.tokens.every((token) => isObject(token) && typeof token.token === 'string'))
  )
    return '"tokens" must be a list of {"token": ..., "member": ...}';
  return undefined;
}

function generated(spec: string, seed: string): Fixture {
  const match = /^(\d+):(\d+)$/.exec(spec);
  if (!match) throw new SimUsageError(`--generate is "${spec}": expected MEMBERS:TEAMS, e.g. 10000:300`);
  return generateOrganization({
    members: wholeNumber('--generate (members)', match[1] ?? '', 1),
    teams: wholeNumber('--generate (teams)', match[2] ?? ''),
    seed: wholeNumber('--seed', seed),
  });
}

/**
 * Whether the port can be listened on, asked before the simulation starts: a port in use is a
 * sentence, not an unhandled 'error' event.
 */
async function checkPort(port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  const code = await new Promise<string | undefined>((resolve) => {
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    probe.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  await new Promise<void>((resolve) => (probe.listening ? probe.close(() => resolve()) : resolve()));
  if (code === 'EADDRINUSE')
    throw new SimUsageError(`port ${port} is in use: choose another with --port, or leave it out for any free port`);
  if (code === 'EACCES') throw new SimUsageError(`port ${port} may not be used by this user: choose one above 1023`);
  if (code) throw new SimUsageError(`port ${port} cannot be listened on (${code})`);
}

async function start(argv: readonly string[], io: SimIo): Promise<SimulatedSentry | undefined> {
  const values = options(argv);
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return undefined;
  }
  if (values.generate !== undefined && values.fixture !== undefined)
    throw new SimUsageError('give --fixture or --generate, not both');
  const port = wholeNumber('--port', values.port);
  if (port > 65_535) throw new SimUsageError(`--port is "${values.port}": expected a port up to 65535`);
  const latencyMs = wholeNumber('--latency', values.latency);
  const limit = wholeNumber('--rate-limit', values['rate-limit'], 1);
  const fixture =
    values.generate !== undefined
      ? generated(values.generate, values.seed)
      : await readFixture(
          values.fixture === undefined
            ? new URL('./fixtures/acme.json', import.meta.url).pathname
            : path.resolve(io.cwd ?? process.cwd(), values.fixture),
        );
  await checkPort(port);
  try {
    return await startSimulatedSentry(fixture, {
      port,
      latencyMs,
      rateLimit: values['no-rate-limit'] ? false : { limit },
    });
  } catch (error) {
    // A fixture whose parts do not fit together (an invitation by someone not in it, ...).
    throw new SimUsageError(`the organization cannot be simulated: ${(error as Error).message}`);
  }
}

/** Where `npm run sim` writes. */
export interface SimIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Where a relative --fixture starts: the directory `npm run sim` was run in. */
  readonly cwd?: string;
}

/**
 * `npm run sim` with these arguments: the simulation started (and said so), or the exit status
 * when none was (0 for --help; 2, said in one line, for what it cannot serve).
 */
export async function main(argv: readonly string[], io: SimIo): Promise<{ sim?: SimulatedSentry; status: number }> {
  let sim: SimulatedSentry | undefined;
  try {
    sim = await start(argv, io);
  } catch (error) {
    if (!(error instanceof SimUsageError)) throw error;
    io.stderr(`npm run sim: ${error.message} (npm run sim -- --help)\n`);
    return { status: 2 };
  }
  if (!sim) return { status: 0 };
  io.stdout(
    [
      `Simulated Sentry for organization "${sim.org.slug}" (${sim.org.members.size} members, ${sim.org.teams.size} teams)`,
      `url:   ${sim.url}`,
      `token: ${sim.token ?? '(the fixture has no member token)'}`,
      '',
      `try:   curl -H "Authorization: Bearer ${sim.token}" ${sim.url}/api/0/organizations/${sim.org.slug}/members/`,
      'Ctrl-C stops it.',
      '',
    ].join('\n'),
  );
  return { sim, status: 0 };
}

if (import.meta.main) {
  const { sim, status } = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // npm runs scripts in the package's folder and says where it was called from in INIT_CWD.
    cwd: process.env.INIT_CWD || process.cwd(),
  });
  process.exitCode = status;
  if (sim) {
    const stop = () => {
      sim.close().finally(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
}

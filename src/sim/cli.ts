import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Fixture } from './fixture.ts';
import { generateOrganization } from './generate.ts';
import { startSimulatedSentry } from './server.ts';

const USAGE = `Usage: npm run sim -- [--fixture file.json | --generate MEMBERS:TEAMS] [options]

Starts a simulated Sentry on 127.0.0.1 and prints its URL and a token.

  --fixture <file>        Organization to serve (default: src/sim/fixtures/acme.json).
  --generate <m:t>        A generated organization of m members and t teams instead.
  --seed <n>              Seed for --generate (default 1).
  --port <n>              Port (default: any free port).
  --latency <ms>          Delay added to every request (default 0).
  --rate-limit <n>        Requests per second per endpoint and method (default 40).
  --no-rate-limit         No limits and no rate-limit headers, as self-hosted Sentry.`;

const { values } = parseArgs({
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
});

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

let fixture: Fixture;
if (values.generate) {
  const [members, teams] = values.generate.split(':').map(Number);
  fixture = generateOrganization({ members: members ?? 100, teams: teams ?? 10, seed: Number(values.seed) });
} else {
  const file = values.fixture ?? new URL('./fixtures/acme.json', import.meta.url).pathname;
  fixture = JSON.parse(await readFile(file, 'utf8')) as Fixture;
}

const sim = await startSimulatedSentry(fixture, {
  port: Number(values.port),
  latencyMs: Number(values.latency),
  rateLimit: values['no-rate-limit'] ? false : { limit: Number(values['rate-limit']) },
});
process.stdout.write(
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
const stop = () => {
  sim.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

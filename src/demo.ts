import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { main } from './cli/main.ts';
import type { Fixture } from './sim/fixture.ts';
import { startSimulatedSentry } from './sim/server.ts';

/**
 * `npm run demo`: the whole flow with no account and no network. A simulated Sentry on loopback
 * serves the demo organization; the command line plans members.example.yml against it, applies
 * the plan, and plans again to show that nothing is left to do.
 */
const root = new URL('..', import.meta.url);
const fixture = JSON.parse(await readFile(new URL('src/sim/fixtures/acme.json', root), 'utf8')) as Fixture;
const sim = await startSimulatedSentry(fixture);
const config = fileURLToPath(new URL('members.example.yml', root));
const io = {
  stdout: (text: string) => process.stdout.write(`${text.replace(/^/gm, '    ')}\n`),
  stderr: (text: string) => process.stderr.write(`${text.replace(/^/gm, '    ')}\n`),
  env: { SENTRY_AUTH_TOKEN: sim.token ?? '' },
};
const cli = (command: string) => main([command, '--config', config, '--sentry-url', sim.url], io);
const say = (text: string) => process.stdout.write(`\n${text}\n\n`);

let status = 0;
try {
  say(
    `sentry-members-sync demo: a simulated Sentry at ${sim.url} serves the organization "acme" (${sim.org.members.size} members, ${sim.org.teams.size} teams).\n` +
      "The file is members.example.yml; the token is the owner's. Nothing leaves this machine.",
  );
  say('1. sentry-members-sync plan   (what a pull request would show; writes nothing)');
  status ||= await cli('plan');
  say('2. sentry-members-sync apply  (what the merge to main does)');
  status ||= await cli('apply');
  say('3. sentry-members-sync plan   (again: the organization now matches the file)');
  status ||= await cli('plan');
  const writes = sim.writes();
  say(
    status === 0
      ? `Done: ${writes.length} member writes (${writes.map((request) => `${request.method} ${request.path}`).join(', ')}), and the second plan is empty.`
      : 'The demo did not finish as expected (see above).',
  );
} finally {
  await sim.close();
}
process.exitCode = status;

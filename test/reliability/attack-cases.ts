/** What test/reliability/attacks.test.ts and attacks.e2e.test.ts try; the README's Safety section counts them. */
export const ATTACKS = [
  'a write built from a torn roster read',
  'a write built from a torn roster read of the same length',
  'an invitation built from a torn members list',
  'workflow commands and bidirectional text in Sentry names and emails',
  'a token echoed in an error body',
  'a next-page cursor that repeats',
  'a body sent a byte at a time',
  'a rate-limit reset an hour away',
  'two Sentry members with one email',
  'invisible characters in an email',
  'a member with two changes',
  'a reviewed plan matched by a digest collision',
  'a plan comment whose hidden record someone else edited',
  'a record that does not belong to the plan its comment shows',
  'reviewed-plan: require with no way to read the review',
  'a change refused on merge, carried out by the next scheduled run',
  'a write whose effect changed at the fresh read, under require',
  'updates that become removals past max-removals',
  'a comment about 2,500 unreviewed changes',
  'an unlisted member taken off a team that has a section, on a public repository',
  'a guessed email confirmed from the hidden record',
  "an unknown team slug that would list the organization's teams, on a public repository",
  'a drift issue opened by someone else',
] as const;

/** The longest any hostile server held a run in these tests, in seconds (their deadlines are 0.5 s). */
export const LONGEST_HOLD_SECONDS = 3;

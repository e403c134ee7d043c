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
] as const;

/** The longest any hostile server held a run in these tests, in seconds (their deadlines are 0.5 s). */
export const LONGEST_HOLD_SECONDS = 3;

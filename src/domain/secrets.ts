/**
 * Secrets never shown: the tokens this run holds, and anything shaped like a Sentry or GitHub
 * token. Every text that came from a server (error bodies, names) passes through
 * `redactSecrets` before it is used anywhere, so a proxy page that echoes the Authorization
 * header cannot carry the token into a log, summary or comment, escaped or not.
 */
const secrets = new Set<string>();

/** Registers a secret of this run (the Sentry token, the GitHub token). */
export function addSecret(secret: string | undefined): void {
  if (secret && secret.length >= 6) secrets.add(secret);
}

const TOKEN_SHAPES = [
  // Sentry user, org and integration tokens.
  /sntry[a-z]_[A-Za-z0-9+/=_.-]{8,}/g,
  // GitHub personal, OAuth, user-to-server, server-to-server and refresh tokens; fine-grained PATs.
  /\bgh[pousr]_[A-Za-z0-9_]{16,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{16,}/g,
  // Sentry's older tokens: 64 hexadecimal digits.
  /\b[a-f0-9]{64}\b/gi,
  // Whatever follows "Bearer" or "token" in an echoed Authorization header.
  /\b(Bearer|token)(\s+)[A-Za-z0-9+/=_.~-]{8,}/gi,
];

export const REDACTED = '[redacted]';

export function redactSecrets(text: string): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join(REDACTED);
  for (const shape of TOKEN_SHAPES) {
    result = result.replace(shape, (_match, word?: string, space?: string) =>
      typeof word === 'string' && typeof space === 'string' && /^(bearer|token)$/i.test(word)
        ? `${word}${space}${REDACTED}`
        : REDACTED,
    );
  }
  return result;
}

/** The message of anything thrown, Error or not (a throw that is not an Error still says what it was). */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return `unexpected failure: ${String(error)}`;
}

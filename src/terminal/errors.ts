// Errors that end a command with a message for the user and no stack trace.

/** Wrong flags or arguments, or a path that cannot be read or written: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The user pressed Ctrl+C at a prompt: exit 130. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
export const EXIT_CANCELLED = 130;

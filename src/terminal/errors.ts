// Errors that end a command with a message for the user and no stack trace.
//
// init and render run from bundles of their own, each with its own copy of these classes, so
// `instanceof` cannot recognise them across bundles: a registry-wide symbol marks them instead.
const USAGE = Symbol.for('bmc.UsageError');
const CANCELLED = Symbol.for('bmc.CancelledError');
const REFUSED = Symbol.for('bmc.RefusedError');

/** Wrong flags or arguments, or a path that cannot be read or written: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly [USAGE] = true;
}

/**
 * A change refused for what the file holds, not for how bmc was called (an edit of a value a YAML
 * alias shares): exit 1, nothing written. A UsageError too, so that `bmc edit` shows it and goes on.
 */
export class RefusedError extends UsageError {
  override name = 'RefusedError';
  readonly [REFUSED] = true;
}

/** The user pressed Ctrl+C at a prompt: exit 130. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  readonly [CANCELLED] = true;
}

export function isUsageError(error: unknown): error is UsageError {
  return typeof error === 'object' && error !== null && USAGE in error;
}

export function isRefusedError(error: unknown): error is RefusedError {
  return typeof error === 'object' && error !== null && REFUSED in error;
}

export function isCancelledError(error: unknown): error is CancelledError {
  return typeof error === 'object' && error !== null && CANCELLED in error;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
export const EXIT_CANCELLED = 130;

// How a command hands its exit code back: every handler returns one, and cli.ts, the only place
// that sets process.exitCode, applies it. Errors thrown instead (UsageError, CancelledError) are
// turned into exit codes there too.
import type { Command } from 'commander';

export type ExitCode = number;

/** Wraps a handler as a commander action that records the exit code it returns. */
export type Runner = <Args extends unknown[]>(handler: (...args: Args) => ExitCode | Promise<ExitCode>) => (...args: Args) => Promise<void>;

/** What each command module exports: adds its command(s) to the program. */
export type DefineCommand = (program: Command, run: Runner) => void;

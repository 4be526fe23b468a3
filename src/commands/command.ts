// How a command hands its exit code back: every handler returns one, and cli.ts, the only place
// that sets process.exitCode, applies it. Errors thrown instead (UsageError, CancelledError) are
// turned into exit codes there too.
import type { Command } from 'commander';

export type ExitCode = number;

/** Wraps a handler as a commander action that records the exit code it returns. */
export type Runner = <Args extends unknown[]>(handler: (...args: Args) => ExitCode | Promise<ExitCode>) => (...args: Args) => Promise<void>;

/** What each command module exports: adds its command(s) to the program. */
export type DefineCommand = (program: Command, run: Runner) => void;

/**
 * A command's help after its options: what to know, as lines (the exit codes among them), then
 * its examples, each indented on its own line, under "Example:" or "Examples:".
 */
export function helpAfter(about: readonly string[], examples: readonly string[]): string {
  return `\n${about.join('\n')}\n${examples.length === 1 ? 'Example' : 'Examples'}:\n${examples.map((example) => `  ${example}`).join('\n')}`;
}

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
 * A paragraph of help: one string, or its lines as written in the source (kept under the source's
 * line length), joined with spaces here so that the help is wrapped once, to the width it is
 * shown at (cli.ts, wrapLongLines); wrapping source lines again gave ragged paragraphs.
 */
export type Paragraph = string | readonly string[];

/** Paragraphs of help text, each on one line (to be wrapped on output), after a blank line. */
export function helpProse(paragraphs: readonly Paragraph[]): string {
  return `\n${paragraphs.map((paragraph) => (typeof paragraph === 'string' ? paragraph : paragraph.join(' '))).join('\n')}`;
}

/**
 * A command's help after its options: what to know, as paragraphs (the exit codes among them), then
 * its examples, each indented on its own line, under "Example:" or "Examples:".
 */
export function helpAfter(about: readonly Paragraph[], examples: readonly string[]): string {
  return `${helpProse(about)}\n${examples.length === 1 ? 'Example' : 'Examples'}:\n${examples.map((example) => `  ${example}`).join('\n')}`;
}

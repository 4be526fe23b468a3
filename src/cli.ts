// Entry point: declares the commands and applies the exit code. Each command module defines its
// flags and its handler; a handler returns its exit code (or throws a UsageError or a
// CancelledError), and this is the one place that turns either into process.exitCode. Each
// command's work is imported only when that command runs, so `bmc --help` stays fast.
import { Command, CommanderError } from 'commander';
import { defineValidate } from './commands/validate.js';
import { defineInit } from './commands/init.js';
import { defineAdd } from './commands/add.js';
import { defineRename } from './commands/rename.js';
import { defineRemove } from './commands/remove.js';
import { defineEdit } from './commands/edit.js';
import { defineReport } from './commands/report.js';
import { defineRender } from './commands/render.js';
import { defineSchema } from './commands/schema.js';
import { defineDiff } from './commands/diff.js';
import { defineShow } from './commands/show.js';
import { defineGitSetup } from './commands/git-setup.js';
import { defineCompletion } from './commands/completion.js';
import { closest } from './check/suggest.js';
import { EXIT_CANCELLED, EXIT_INVALID, EXIT_OK, EXIT_USAGE, isCancelledError, isRefusedError, isUsageError, UsageError } from './terminal/errors.js';
import { VERSION } from './generated/version.js';
import { stopQuietlyWhenReaderLeaves } from './terminal/stdout.js';
import { HELP_WIDTH, outputWidth } from './terminal/width.js';
import { textWidth } from './views/text/width.js';
import { wrapText } from './views/text/wrap.js';
import type { DefineCommand, ExitCode, Runner } from './commands/command.js';
import { setWorkerEntry } from './io/worker-entry.js';

/** Where the handler that ran leaves its exit code. */
interface Outcome {
  exitCode: ExitCode;
}

/** Each command by its name, in the order the help lists them. */
const COMMANDS: readonly (readonly [name: string, define: DefineCommand])[] = [
  ['init', defineInit],
  ['add', defineAdd],
  ['edit', defineEdit],
  ['rename', defineRename],
  ['remove', defineRemove],
  ['validate', defineValidate],
  ['report', defineReport],
  ['render', defineRender],
  ['diff', defineDiff],
  ['show', defineShow],
  ['git-setup', defineGitSetup],
  ['schema', defineSchema],
  ['completion', defineCompletion],
];

/**
 * The program with every command, or with only the command `argv` starts with: defining all
 * thirteen took 3 to 5 ms of every start, and a command's parsing, help and errors need its own
 * definition only (test/help.test.ts compares each command's help either way). Anything else
 * (`bmc --help`, a misspelt command, `help`, `__complete`) gets them all.
 */
export function buildProgram(outcome: Outcome = { exitCode: EXIT_OK }, argv: readonly string[] = []): Command {
  const run: Runner =
    (handler) =>
    async (...args) => {
      outcome.exitCode = await handler(...args);
    };
  const helpWidth = Math.min(HELP_WIDTH, outputWidth(process.stdout));
  const program = new Command('bmc')
    .description('Author, validate, report on and render Business Model Canvases kept as YAML files.')
    .version(VERSION, '-v, --version', 'print the version of bmc')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    // Help within HELP_WIDTH columns (or the terminal's, if narrower): commander wraps its own
    // lists; the prose each command adds after them is wrapped here, on its way out.
    .configureHelp({ helpWidth })
    .configureOutput({
      writeOut: (text) => process.stdout.write(wrapLongLines(text, helpWidth)),
      outputError: (text, write) => write(text.startsWith('error:') ? `bmc: ${text}` : text),
    })
    .exitOverride();
  program.addHelpCommand('help [command]', 'show help for a command');
  const named = COMMANDS.find(([name]) => name === argv[0]);
  for (const [, define] of named ? [named] : COMMANDS) define(program, run);
  return program;
}

/** Lines wider than `width` broken between words, continuation lines indented as the first. */
export function wrapLongLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (textWidth(line) <= width) return line;
      const indent = /^ */.exec(line)![0];
      return wrapText(line.slice(indent.length), width - indent.length)
        .map((part) => indent + part)
        .join('\n');
    })
    .join('\n');
}

export interface MainOptions {
  /** The script that started bmc (bin/bmc.cjs), which worker threads can start too. */
  workerEntry?: string;
}

export async function main(argv: readonly string[], options: MainOptions = {}): Promise<void> {
  setWorkerEntry(options.workerEntry);
  stopQuietlyWhenReaderLeaves();
  const outcome: Outcome = { exitCode: EXIT_OK };
  const program = buildProgram(outcome, argv);
  try {
    assertHelpTopicExists(program, argv);
    await program.parseAsync(helpAsFlag(argv), { from: 'user' });
    process.exitCode = outcome.exitCode;
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
}

/**
 * `bmc help add segment` is `bmc add segment --help`: commander's help command follows one
 * command name only, and would show the help of `add`.
 */
function helpAsFlag(argv: readonly string[]): string[] {
  return argv[0] === 'help' && argv.length > 2 ? [...argv.slice(1), '--help'] : [...argv];
}

/**
 * `bmc help nosuch`: commander would print the general help and exit 0, as if all were well.
 * Say the command does not exist, with the closest one, as for `bmc nosuch`.
 */
function assertHelpTopicExists(program: Command, argv: readonly string[]): void {
  const [first, topic] = argv;
  if (first !== 'help' || topic === undefined || topic.startsWith('-')) return;
  const names = ['help', ...program.commands.flatMap((command) => [command.name(), ...command.aliases()])];
  if (names.includes(topic)) return;
  const suggestion = closest(topic, names);
  throw new UsageError(`unknown command \`${topic}\`${suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`}`);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version end with code 0; every other commander error is a usage error.
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (isUsageError(error)) {
    process.stderr.write(`bmc: ${error.message}\n`);
    return isRefusedError(error) ? EXIT_INVALID : EXIT_USAGE;
  }
  if (isCancelledError(error) || isPromptExit(error)) {
    // A cancelled command may say more (e.g. where init kept its draft).
    process.stderr.write(`${isCancelledError(error) && error.message !== '' ? error.message : 'Cancelled — nothing written'}\n`);
    return EXIT_CANCELLED;
  }
  // A bug in bmc: say so plainly, keep the stack for BMC_DEBUG only.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`bmc: internal error: ${message}\n`);
  if (process.env.BMC_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT_USAGE;
}

/** @inquirer/prompts rejects with ExitPromptError when the user presses Ctrl+C. */
function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** What bin/bmc.cjs runs in a worker thread: checks the files the main thread sends it. */
export async function runCheckWorker(): Promise<void> {
  const { runCheckWorker: run } = await import('./model/check-worker.js');
  run();
}

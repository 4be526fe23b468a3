// What the shell should offer at the cursor, worked out from the commander program itself, so
// every command, flag and choice another module defines is completed without a list kept here.
// The shell scripts (scripts.ts) only pass the words typed so far and print what this returns.
import type { Argument, Command, Option } from 'commander';

/** Which files the shell should offer besides the candidates: canvases, any file, or none. */
export type FileKind = 'canvas' | 'any' | 'none';

export interface Candidate {
  value: string;
  description?: string;
}

export interface Completion {
  files: FileKind;
  candidates: Candidate[];
}

export interface CompletionInput {
  /** The words after `bmc`; the last one is the word under the cursor (empty at a fresh word). */
  words: readonly string[];
  /** The segment ids of a canvas file, or none when it cannot be read. */
  segmentIds: (file: string) => string[];
}

const NOTHING: Completion = { files: 'none', candidates: [] };

export function complete(program: Command, input: CompletionInput): Completion {
  const typed = input.words.slice(0, -1);
  const current = input.words.at(-1) ?? '';
  const line = readLine(program, typed);

  if (line.awaitingValueOf) return valuesOf(line.awaitingValueOf, current, '', line, input);
  if (!line.operandsOnly && current.startsWith('--') && current.includes('=')) {
    const at = current.indexOf('=');
    const option = findOption(line.command, current.slice(0, at));
    return option && takesValue(option) ? valuesOf(option, current.slice(at + 1), current.slice(0, at + 1), line, input) : NOTHING;
  }
  if (!line.operandsOnly && current.startsWith('-')) return { files: 'none', candidates: matching(optionsOf(program, line.command), current) };
  if (line.helpFor) return { files: 'none', candidates: matching(subcommandsOf(line.command, false), current) };

  const subcommands = line.operands.length === 0 ? subcommandsOf(line.command, line.command === program) : [];
  const argument = argumentAt(line.command, line.operands.length);
  const forArgument = argument ? valuesOfArgument(argument, current, line, input) : NOTHING;
  return { files: forArgument.files, candidates: [...matching(subcommands, current), ...forArgument.candidates] };
}

interface Line {
  command: Command;
  operands: string[];
  /** The option just typed whose value comes next. */
  awaitingValueOf?: Option;
  /** After `--`: every word is an operand. */
  operandsOnly: boolean;
  /** After `bmc help`: the words name a command. */
  helpFor: boolean;
}

/** Follows the typed words down the command tree the way commander will parse them. */
function readLine(program: Command, typed: readonly string[]): Line {
  const line: Line = { command: program, operands: [], operandsOnly: false, helpFor: false };
  for (const word of typed) {
    if (line.awaitingValueOf) {
      line.awaitingValueOf = undefined;
    } else if (!line.operandsOnly && word === '--') {
      line.operandsOnly = true;
    } else if (!line.operandsOnly && word.startsWith('-') && word !== '-') {
      const option = word.includes('=') ? undefined : findOption(line.command, word);
      if (option?.required) line.awaitingValueOf = option;
    } else if (line.operands.length === 0 && !line.operandsOnly && findSubcommand(line.command, word)) {
      line.command = findSubcommand(line.command, word)!;
    } else if (line.command === program && line.operands.length === 0 && word === 'help') {
      line.helpFor = true;
    } else {
      line.operands.push(word);
    }
  }
  return line;
}

function findSubcommand(command: Command, name: string): Command | undefined {
  return command.commands.find((sub) => sub.name() === name || sub.aliases().includes(name));
}

function findOption(command: Command, flag: string): Option | undefined {
  return command.options.find((option) => option.long === flag || option.short === flag);
}

function takesValue(option: Option): boolean {
  return option.required || option.optional;
}

function subcommandsOf(command: Command, withHelp: boolean): Candidate[] {
  const visible = command.createHelp().visibleCommands(command).filter((sub) => withHelp || sub.name() !== 'help');
  return visible.map((sub) => ({ value: sub.name(), description: sub.description() }));
}

/** Long flags, and the short ones too once a single `-` is typed. */
function optionsOf(program: Command, command: Command): Candidate[] {
  const help = command.createHelp();
  const options = [...help.visibleOptions(command), ...(command === program ? [] : help.visibleGlobalOptions(command))];
  return options.flatMap((option) =>
    [option.long, option.short].filter((flag): flag is string => flag !== undefined).map((flag) => ({ value: flag, description: option.description })),
  );
}

function argumentAt(command: Command, index: number): Argument | undefined {
  const declared = command.registeredArguments;
  const last = declared.at(-1);
  return declared[index] ?? (last?.variadic ? last : undefined);
}

/** A segment id is asked for by an option or argument named after segments. */
function namesSegments(name: string): boolean {
  return /^segments?$/i.test(name) || /segment-?id/i.test(name);
}

function valuesOf(option: Option, current: string, prefix: string, line: Line, input: CompletionInput): Completion {
  if (option.argChoices) return { files: 'none', candidates: matching(option.argChoices.map((value) => ({ value })), current, prefix) };
  if (namesSegments(option.attributeName())) return { files: 'none', candidates: matching(segmentsOnLine(line, input), current, prefix) };
  // Any other value (an output path, a revision) may be a file; the shell offers them all.
  return { files: prefix ? 'none' : 'any', candidates: [] };
}

function valuesOfArgument(argument: Argument, current: string, line: Line, input: CompletionInput): Completion {
  if (argument.argChoices) return { files: 'none', candidates: matching(argument.argChoices.map((value) => ({ value })), current) };
  if (namesSegments(argument.name())) return { files: 'none', candidates: matching(segmentsOnLine(line, input), current) };
  return { files: 'canvas', candidates: [] };
}

/** The segment ids of the first canvas named on the line. */
function segmentsOnLine(line: Line, input: CompletionInput): Candidate[] {
  for (const operand of line.operands) {
    const ids = input.segmentIds(operand);
    if (ids.length > 0) return ids.map((value) => ({ value }));
  }
  return [];
}

function matching(candidates: readonly Candidate[], current: string, prefix = ''): Candidate[] {
  return candidates.filter(({ value }) => value.startsWith(current)).map((candidate) => ({ ...candidate, value: prefix + candidate.value }));
}

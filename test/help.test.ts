// Every command's help: `bmc help <command>` prints what `bmc <command> --help` prints, and every
// example it shows runs as written (in a git repository holding the files the examples name).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli.js';
import { BIN, folderWithBmc, ROOT, runCli } from './run-cli.js';

/** Every visible command as the words that name it: ['validate'], ['add', 'segment'], ... */
function commandPaths(command: Command, above: string[] = []): string[][] {
  return command
    .createHelp()
    .visibleCommands(command)
    .filter((sub) => sub.name() !== 'help')
    .flatMap((sub) => [[...above, sub.name()], ...commandPaths(sub, [...above, sub.name()])]);
}

const COMMANDS = commandPaths(buildProgram());

describe('bmc help <command>', () => {
  it.each(COMMANDS.map((path) => [path.join(' '), path]))('prints the same as bmc %s --help', async (_name, path) => {
    const viaFlag = await runCli([...path, '--help']);
    const viaHelp = await runCli(['help', ...path]);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.stdout).toContain(`Usage: bmc ${path.join(' ')}`);
    expect(viaHelp).toEqual(viaFlag);
  });
});

describe('the program built for one command', () => {
  // bmc defines only the command the command line names (cli.ts, buildProgram): its help, and so
  // its options and arguments, must be what the program with every command has.
  const find = (program: Command, path: readonly string[]): Command =>
    path.reduce((command, name) => command.commands.find((sub) => sub.name() === name)!, program);
  const full = buildProgram();

  it.each(COMMANDS.map((path) => [path.join(' '), path]))('has %s as the whole program has it', (_name, path) => {
    const alone = buildProgram(undefined, [path[0]!]);
    expect(alone.commands.map((command) => command.name()).filter((name) => name !== '__complete')).toEqual([path[0]]);
    expect(find(alone, path).helpInformation()).toBe(find(full, path).helpInformation());
  });

  it('has every command for anything else', () => {
    for (const argv of [[], ['--help'], ['help', 'validate'], ['valdate'], ['__complete', 'bash', '--']]) {
      expect(buildProgram(undefined, argv).commands.map((command) => command.name())).toEqual(full.commands.map((command) => command.name()));
    }
  });
});

describe('the examples in the help', () => {
  let project: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'bmc-help-examples-'));
    const shim = folderWithBmc();
    env = { ...process.env, PATH: `${shim}:${process.env.PATH}`, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', HOME: project };
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: project, env, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'help@example.com');
    git('config', 'user.name', 'Help test');
    cpSync(join(ROOT, 'examples'), join(project, 'examples'), { recursive: true });
    cpSync(join(ROOT, 'examples'), join(project, 'canvases'), { recursive: true });
    // The file names the examples use, each a canvas with some history.
    for (const round of [1, 2, 3, 4]) {
      for (const name of ['canvas', 'plan', 'plan-a', 'plan-b']) {
        cpSync(join(ROOT, 'examples', round % 2 ? 'tool-library.bmc.yaml' : 'home-espresso.bmc.yaml'), join(project, `${name}.bmc.yaml`));
      }
      git('add', '-A');
      git('commit', '-q', '-m', `round ${round}`);
    }
  });

  const examples = COMMANDS.flatMap((path) => {
    const help = spawnSync(process.execPath, [BIN, ...path, '--help'], { encoding: 'utf8' }).stdout;
    // An example may go on over lines ending in a backslash, as in a shell, to stay within 80 columns.
    return [...help.matchAll(/^ {2}(bmc (?:.*\\\n)*.*?)(?:\s+#.*)?$/gm)].map((match) => [path.join(' '), match[1]!]);
  });

  it('shows at least one example for each command that takes a file', () => {
    expect(examples.map(([name]) => name)).toEqual(expect.arrayContaining(['validate', 'report', 'render', 'init']));
  });

  it.each(examples)('%s: `%s` runs as written', (name, example) => {
    // Each in a copy of its own; `bmc init` where a new project starts, in an empty folder.
    const cwd = mkdtempSync(join(tmpdir(), 'bmc-example-'));
    if (name !== 'init') cpSync(project, cwd, { recursive: true });
    const result = spawnSync('sh', ['-c', example], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    // Exit 1 is a verdict on the canvas (a warning under --strict); 2 would be a usage error.
    // An interview needs a terminal, which this test has not: it must say exactly that.
    if (result.status === 2 && /in a terminal, and stdin is not one/.test(result.stderr)) return;
    expect(result.stderr).not.toMatch(/error|cannot|unknown/i);
    expect([0, 1]).toContain(result.status);
  });
});

// `bmc completion`: the printed scripts run in the real shells, calling the built CLI as `bmc`.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli.js';
import { folderWithBmc, ROOT, runCli } from './run-cli.js';

const env = { ...process.env, PATH: `${folderWithBmc()}:${process.env.PATH}` };
const scripts: Record<string, string> = {};

beforeAll(async () => {
  for (const shell of ['bash', 'zsh', 'fish']) {
    const result = await runCli(['completion', shell]);
    expect(result.code).toBe(0);
    scripts[shell] = result.stdout;
  }
});

const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

/** Completes as bash does: COMP_WORDS as bash splits the line (it splits at = and :). */
function bash(...words: string[]): string[] {
  const program = `${scripts.bash}\nCOMP_WORDS=(${words.map(quote).join(' ')}); COMP_CWORD=${words.length - 1}\n_bmc\nprintf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', program], { cwd: ROOT, env, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

const hasShell = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0']).status === 0;

describe('bmc completion bash', () => {
  it('completes every visible command, and not the hidden one', () => {
    const program = buildProgram();
    const commands = program.commands.filter((command) => command.name() !== '__complete').map((command) => command.name());
    expect(bash('bmc', '')).toEqual([...commands, 'help']);
    expect(bash('bmc', 're')).toEqual(commands.filter((name) => name.startsWith('re')));
    expect(bash('bmc', 'ren')).toEqual(['rename', 'render']);
    expect(bash('bmc', 'help', 'va')).toEqual(['validate']);
  });

  it("offers every long flag of every command, read from the program's definition", () => {
    for (const command of buildProgram().commands.filter((sub) => sub.name() !== '__complete')) {
      const flags = command.options.map((option) => option.long).filter((flag) => flag !== undefined);
      expect(bash('bmc', command.name(), '--'), command.name()).toEqual(expect.arrayContaining([...flags, '--help']));
    }
  });

  it('completes the values of a flag with choices, also after =', () => {
    expect(bash('bmc', 'report', '--format', '')).toEqual(['table', 'markdown', 'csv', 'json']);
    expect(bash('bmc', 'report', 'examples/home-espresso.bmc.yaml', '-f', 'm')).toEqual(['markdown']);
    expect(bash('bmc', 'validate', '--format', '=', 'j')).toEqual(['json', 'junit']);
    expect(bash('bmc', 'validate', '--format', '=')).toEqual(['stylish', 'json', 'github', 'sarif', 'junit']);
    expect(bash('bmc', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('completes segment ids for --segment and -s from the canvas on the line', () => {
    expect(bash('bmc', 'report', 'examples/home-espresso.bmc.yaml', '--segment', '')).toEqual(['home-drinkers', 'offices']);
    expect(bash('bmc', 'render', 'examples/home-espresso.bmc.yaml', '-s', 'o')).toEqual(['offices']);
    expect(bash('bmc', 'report', 'examples/missing.bmc.yaml', '--segment', '')).toEqual([]);
    expect(bash('bmc', 'report', 'package.json', '--segment', '')).toEqual([]);
  });

  it('completes canvas files and folders for file arguments', () => {
    expect(bash('bmc', 'validate', 'examples/home')).toEqual(['examples/home-espresso.bmc.yaml']);
    expect(bash('bmc', 'validate', 'exam')).toEqual(['examples']);
    expect(bash('bmc', 'report', 'package')).toEqual([]);
  });
});

describe.runIf(hasShell('zsh'))('bmc completion zsh', () => {
  /** Runs _bmc with zsh's completion functions replaced by ones that print what they are given. */
  function zsh(...words: string[]): string[] {
    const stubs = 'compdef() { :; }\n_describe() { local name=${@[-1]}; print -l -- "${(@P)name}"; }\n_files() { print -- "files $*"; }\n';
    const program = `${stubs}${scripts.zsh}\nwords=(${words.map(quote).join(' ')}); CURRENT=${words.length}\n_bmc`;
    const result = spawnSync('zsh', ['-f', '-c', program], { cwd: ROOT, env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return result.stdout.split('\n').filter(Boolean);
  }

  it('describes commands and flag values, and asks for canvas files', () => {
    expect(zsh('bmc', 'rep')).toEqual(['report:show what each customer segment gets from each block, and where the model has gaps']);
    expect(zsh('bmc', 'report', '--format=c')).toEqual(['--format=csv:']);
    expect(zsh('bmc', 'report', 'examples/home-espresso.bmc.yaml', '-s', '')).toEqual(['home-drinkers:', 'offices:']);
    expect(zsh('bmc', 'validate', '')).toEqual(["files -g *.(yaml|yml)"]);
  });
});

describe.runIf(hasShell('fish'))('bmc completion fish', () => {
  function fish(line: string): string[] {
    const result = spawnSync('fish', ['--no-config', '-c', `${scripts.fish}\ncomplete -C ${quote(line)}`], { cwd: ROOT, env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return result.stdout.split('\n').filter(Boolean);
  }

  it('completes commands with descriptions, flag values and segment ids', () => {
    expect(fish('bmc rep')).toEqual(['report\tshow what each customer segment gets from each block, and where the model has gaps']);
    expect(fish('bmc report --format j')).toEqual(['json']);
    expect(fish('bmc report examples/home-espresso.bmc.yaml --segment h')).toEqual(['home-drinkers']);
    expect(fish('bmc validate examples/home')).toEqual(['examples/home-espresso.bmc.yaml']);
  });
});

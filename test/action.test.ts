// action.yml: a composite GitHub Action. Its validate step is run here exactly as Actions would.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

interface Step {
  name?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const validateStep: Step = action.runs.steps.find((step: Step) => step.name === 'Validate canvases');
const installStep: Step = action.runs.steps.find((step: Step) => step.name === 'Install bmc');

function runStep(inputs: { files: string; strict: string }, actionPath = ROOT) {
  const env: Record<string, string> = { ...process.env, GITHUB_ACTION_PATH: actionPath } as Record<string, string>;
  for (const [name, value] of Object.entries(validateStep.env ?? {})) {
    env[name] = value.replace(/\$\{\{ inputs\.(\w+) \}\}/, (_match, input: 'files' | 'strict') => inputs[input]);
  }
  return spawnSync('bash', ['-e', '-c', validateStep.run!], { cwd: ROOT, env, encoding: 'utf8' });
}

/** The action as GitHub checks it out: the repository's files, nothing installed or built. */
function checkoutOfTheAction(): string {
  const checkout = mkdtempSync(join(tmpdir(), 'bmc-action-'));
  const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of tracked.split('\n').filter((path) => path && existsSync(join(ROOT, path)))) {
    cpSync(join(ROOT, file), join(checkout, file));
  }
  return checkout;
}

function installedPackages(folder: string): string[] {
  const modules = join(folder, 'node_modules');
  return readdirSync(modules)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : [name]));
}

describe('action.yml', () => {
  it('is a composite action with files and strict inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['files', 'strict']));
    expect(action.inputs.strict.default).toBe('false');
    expect(action.runs.steps.map((step: Step) => step.uses ?? step.name)).toEqual(['actions/setup-node@v4', 'Install bmc', 'Validate canvases', 'Comment canvas diff']);
  });

  it('annotates problems in GitHub format and passes on warnings', () => {
    const result = runStep({ files: 'examples/tool-library.bmc.yaml examples/coffee-cart.bmc.yaml', strict: 'false' });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(6);
    expect(result.stdout).toMatch(/^::warning file=examples\/tool-library\.bmc\.yaml,line=\d+,col=\d+,title=bmc /m);
  });

  it('fails on warnings with strict: true, and on errors', () => {
    expect(runStep({ files: 'examples/tool-library.bmc.yaml', strict: 'true' }).status).toBe(1);
    expect(runStep({ files: 'test/fixtures/broken.bmc.yaml', strict: 'false' }).status).toBe(1);
  });

  it('does not let a file name run shell commands', () => {
    const result = runStep({ files: 'examples/coffee-cart.bmc.yaml $(echo injected) `touch /tmp/bmc-pwned`', strict: 'false' });
    expect(result.stderr).toContain('cannot read $(echo');
    expect(result.status).toBe(2);
  });
});

describe('the Install bmc step of action.yml', () => {
  it('installs only the runtime dependencies and esbuild, and the CLI then checks canvases', () => {
    const checkout = checkoutOfTheAction();
    const runnerTemp = mkdtempSync(join(tmpdir(), 'bmc-runner-'));
    // The npm cache of this machine stands in for the registry where it can.
    const env = { ...process.env, GITHUB_ACTION_PATH: checkout, RUNNER_TEMP: runnerTemp, npm_config_prefer_offline: 'true' };
    const install = spawnSync('bash', ['-e', '-c', installStep.run!], { cwd: dirname(checkout), env, encoding: 'utf8' });
    expect(install.stderr).not.toMatch(/gyp|ERR!/);
    expect(install.status).toBe(0);

    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const lock: { packages: Record<string, { dev?: boolean }> } = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    const topLevel = Object.keys(lock.packages).filter((path) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path));
    const devOnly = new Set(topLevel.filter((path) => lock.packages[path]!.dev).map((path) => path.slice('node_modules/'.length)));
    const installed = installedPackages(checkout);
    expect(installed).toEqual(expect.arrayContaining(Object.keys(manifest.dependencies)));
    expect(installed.filter((name) => devOnly.has(name))).toEqual([]);
    const esbuildAlone = installedPackages(join(runnerTemp, 'bmc-esbuild'));
    expect(esbuildAlone.filter((name) => name !== 'esbuild')).toEqual([expect.stringMatching(/^@esbuild\//)]);

    const result = runStep({ files: 'examples/tool-library.bmc.yaml', strict: 'true' }, checkout);
    expect(result.stdout).toMatch(/^::warning file=examples\/tool-library\.bmc\.yaml,line=\d+,col=\d+,title=bmc /m);
    expect(result.status).toBe(1);
  }, 300_000);
});

// action.yml: a composite GitHub Action. Its validate step is run here exactly as Actions would.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

function runStep(inputs: { files: string; strict: string }) {
  const env: Record<string, string> = { ...process.env, GITHUB_ACTION_PATH: ROOT } as Record<string, string>;
  for (const [name, value] of Object.entries(validateStep.env ?? {})) {
    env[name] = value.replace(/\$\{\{ inputs\.(\w+) \}\}/, (_match, input: 'files' | 'strict') => inputs[input]);
  }
  return spawnSync('bash', ['-e', '-c', validateStep.run!], { cwd: ROOT, env, encoding: 'utf8' });
}

describe('action.yml', () => {
  it('is a composite action with files and strict inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['files', 'strict']));
    expect(action.inputs.strict.default).toBe('false');
    expect(action.runs.steps.map((step: Step) => step.uses ?? step.name)).toEqual(['actions/setup-node@v4', 'Install bmc', 'Validate canvases']);
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

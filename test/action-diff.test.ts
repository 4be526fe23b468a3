// The Action's diff-comment step, run exactly as action.yml says, in a temporary repository
// with a pull-request event file and a fake `gh` on PATH that records what it was asked to post.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

interface Step {
  name?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
}

const FIXTURES = join(ROOT, 'test/fixtures/diff');
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const commentStep: Step = action.runs.steps.find((step: Step) => step.name === 'Comment canvas diff');

/** A repository whose HEAD changes, adds, removes and reformats canvases since its base commit. */
function pullRequestRepo(): { repo: string; base: string } {
  const repo = mkdtempSync(join(tmpdir(), 'bmc-action-diff-'));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'Test');
  mkdirSync(join(repo, 'plans'));
  copyFileSync(join(FIXTURES, 'before.bmc.yaml'), join(repo, 'plans/stay.bmc.yaml'));
  copyFileSync(join(FIXTURES, 'before.bmc.yaml'), join(repo, 'same.bmc.yaml'));
  copyFileSync(join(ROOT, 'examples/coffee-cart.bmc.yaml'), join(repo, 'old.bmc.yaml'));
  writeFileSync(join(repo, 'notes.md'), 'not a canvas\n');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD').trim();
  copyFileSync(join(FIXTURES, 'after.bmc.yaml'), join(repo, 'plans/stay.bmc.yaml'));
  copyFileSync(join(FIXTURES, 'before-reformatted.bmc.yaml'), join(repo, 'same.bmc.yaml'));
  rmSync(join(repo, 'old.bmc.yaml'));
  copyFileSync(join(ROOT, 'examples/tool-library.bmc.yaml'), join(repo, 'new.bmc.yaml'));
  writeFileSync(join(repo, 'notes.md'), 'still not a canvas\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  return { repo, base };
}

/** A `gh` that writes its arguments and the body it was given beside itself, and exits `code`. */
function fakeGh(code = 0): string {
  const bin = mkdtempSync(join(tmpdir(), 'bmc-fake-gh-'));
  writeFileSync(
    join(bin, 'gh'),
    `#!/bin/sh\nprintf '%s\\n' "$@" > "${bin}/args"\nwhile [ $# -gt 0 ]; do\n  if [ "$1" = --body-file ]; then cp "$2" "${bin}/body"; fi\n  shift\ndone\nexit ${code}\n`,
  );
  chmodSync(join(bin, 'gh'), 0o755);
  return bin;
}

function runStep(repo: string, env: Record<string, string>) {
  const stepEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(commentStep.env ?? {})) stepEnv[name] = value.replace('${{ inputs.github-token }}', 'token-from-input');
  return spawnSync('bash', ['-e', '-c', commentStep.run!], {
    cwd: repo,
    env: { ...process.env, GITHUB_ACTION_PATH: ROOT, NO_COLOR: undefined, ...stepEnv, ...env },
    encoding: 'utf8',
  });
}

function eventFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bmc-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('action.yml: diff-comment', () => {
  it('is an input, off by default, and a step of its own that runs only when it is on', () => {
    expect(action.inputs['diff-comment'].default).toBe('false');
    expect(action.inputs['github-token'].default).toBe('${{ github.token }}');
    expect(commentStep.if).toBe("always() && inputs.diff-comment == 'true'");
    expect(commentStep.env).toEqual({ GH_TOKEN: '${{ inputs.github-token }}' });
  });

  it('posts the Markdown diff of every changed canvas on the pull request with gh', () => {
    const { repo, base } = pullRequestRepo();
    const gh = fakeGh();
    const event = eventFile({ pull_request: { number: 42, base: { sha: base } } });
    const result = runStep(repo, { PATH: `${gh}:${process.env.PATH}`, GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/plans' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('bmc diff-comment: commented on pull request #42 (4 canvases)\n');
    const args = readFileSync(join(gh, 'args'), 'utf8').split('\n');
    expect(args).toEqual(['pr', 'comment', '42', '--body-file', expect.stringMatching(/bmc-diff-comment-.*\/comment\.md$/), '--repo', 'acme/plans', '']);
    const short = execFileSync('git', ['rev-parse', '--short', base], { cwd: repo, encoding: 'utf8' }).trim();
    const expectedDiff = readFileSync(join(FIXTURES, 'expected.md'), 'utf8')
      .replace('`before.bmc.yaml` → `after.bmc.yaml`', `\`${short}:plans/stay.bmc.yaml\` → \`plans/stay.bmc.yaml\``)
      .replace(', 1 moved', '')
      .replace('- *Podcast ads*: moved from 1 to 2\n', '');
    expect(readFileSync(join(gh, 'body'), 'utf8')).toBe(
      [
        '<!-- bmc diff -->',
        '## Business model changes',
        '',
        '### `new.bmc.yaml`',
        '',
        'A new canvas.',
        '',
        '### `old.bmc.yaml`',
        '',
        'The canvas was removed.',
        '',
        expectedDiff,
        '### `same.bmc.yaml`',
        '',
        'No change to the business model (only formatting, comments or order).',
        '',
      ].join('\n'),
    );
  });

  it('does nothing outside a pull request, or when no canvas changed', () => {
    const { repo } = pullRequestRepo();
    const gh = fakeGh();
    const push = runStep(repo, { PATH: `${gh}:${process.env.PATH}`, GITHUB_EVENT_PATH: eventFile({ ref: 'refs/heads/main' }) });
    expect(push.status).toBe(0);
    expect(push.stdout).toBe('bmc diff-comment: not a pull request, nothing to comment on\n');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    const unchanged = runStep(repo, { PATH: `${gh}:${process.env.PATH}`, BMC_PR_NUMBER: '3', BMC_DIFF_BASE: head });
    expect(unchanged.status).toBe(0);
    expect(unchanged.stdout).toBe('bmc diff-comment: no *.bmc.yaml file changed in this pull request\n');
    expect(existsSync(join(gh, 'args'))).toBe(false);
  });

  it('prints the comment instead of posting it with BMC_DRY_RUN=1', () => {
    const { repo, base } = pullRequestRepo();
    const gh = fakeGh();
    const result = runStep(repo, { PATH: `${gh}:${process.env.PATH}`, BMC_PR_NUMBER: '7', BMC_DIFF_BASE: base, BMC_DRY_RUN: '1' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<!-- bmc diff -->\n## Business model changes\n\n### `new\.bmc\.yaml`\n/);
    expect(existsSync(join(gh, 'args'))).toBe(false);
  });

  it('fails the step when gh cannot post, and says why', () => {
    const { repo, base } = pullRequestRepo();
    const gh = fakeGh(1);
    const result = runStep(repo, { PATH: `${gh}:${process.env.PATH}`, BMC_PR_NUMBER: '7', BMC_DIFF_BASE: base });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('bmc diff-comment: gh pr comment failed (exit 1)\n');
  });

  it('fails with git\'s message when the base commit cannot be had', () => {
    const { repo } = pullRequestRepo();
    const result = runStep(repo, { PATH: `${fakeGh()}:${process.env.PATH}`, BMC_PR_NUMBER: '7', BMC_DIFF_BASE: '0123456789abcdef0123456789abcdef01234567' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^bmc diff-comment: .*origin/);
  });
});

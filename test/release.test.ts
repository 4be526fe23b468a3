// The version: package.json, `bmc --version` and the changelog agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('the version', () => {
  it('is what bmc --version and -v print', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await runCli(['-v'])).stdout).toBe(`${version}\n`);
  });

  it('has a dated section in CHANGELOG.md, the newest below Unreleased', () => {
    const headings = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8').match(/^## .*$/gm) ?? [];
    expect(headings[0]).toBe('## [Unreleased]');
    expect(headings[1]).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`));
  });
});

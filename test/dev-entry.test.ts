// Issue 11, defect 5: `npm run dev -- <command>` runs bmc from the sources (under tsx) and
// behaves as the built CLI does, exit code included.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const run = promisify(execFile);

describe('npm run dev', () => {
  it('runs a command from the TypeScript sources', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'dev', '--', 'validate', 'examples/coffee-cart.bmc.yaml', '--format', 'json'], {
      cwd: root,
    });
    expect(JSON.parse(stdout).files[0]).toMatchObject({ file: 'examples/coffee-cart.bmc.yaml', valid: true });
  });

  it('passes on the exit code of the command', async () => {
    const failure = await run('npm', ['run', '--silent', 'dev', '--', 'validate', 'no-such.bmc.yaml'], { cwd: root }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stdout: string }).stdout).toContain('no-such.bmc.yaml\n  1:1  error    Cannot read the file: no such file or folder');
  });

  it('colours its output as the built CLI does (chalk is loaded on first use, from ES modules too)', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'dev', '--', 'validate', 'examples/tool-library.bmc.yaml'], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' },
    }).catch((error: { stdout: string }) => error);
    expect(stdout.split('\n')[0]).toBe('\u001b[4mexamples/tool-library.bmc.yaml\u001b[24m');
  });
});

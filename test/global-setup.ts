import { execFileSync } from 'node:child_process';

/** Builds the CLI bundle the process tests run, so they always test the current source. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--cli-only'], { stdio: 'inherit' });
}

// Builds bmc: generated sources, then the CLI bundle (dist/cli, what bin/bmc.js runs) and the
// library (dist/lib, JavaScript and .d.ts for `import ... from 'bmc'`).
// `--cli-only` skips the library: what the test setup needs, in well under a second.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const cliOnly = process.argv.includes('--cli-only');

execFileSync(process.execPath, ['scripts/generate.mjs'], { cwd: root, stdio: 'inherit' });

rmSync(`${root}dist/cli`, { recursive: true, force: true });
await build({
  entryPoints: [`${root}src/cli.ts`],
  outdir: `${root}dist/cli`,
  entryNames: 'bmc',
  bundle: true,
  // Split so each command's heavy modules load only when that command runs.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS dependencies (cli-table3, ajv's runtime) call require().
  banner: { js: "import { createRequire as __bmcCreateRequire } from 'node:module'; const require = __bmcCreateRequire(import.meta.url);" },
  // node-pty and playwright are for tests only.
  external: ['node-pty', 'playwright-core'],
  logLevel: 'warning',
});

if (!cliOnly) {
  rmSync(`${root}dist/lib`, { recursive: true, force: true });
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  // tsc does not copy the generated JavaScript validator; the library needs it beside its .d.ts.
  cpSync(`${root}src/generated/canvas-validator.js`, `${root}dist/lib/generated/canvas-validator.js`);
  cpSync(`${root}src/generated/canvas-validator.d.ts`, `${root}dist/lib/generated/canvas-validator.d.ts`);
}

// Builds bmc: generated sources, then the CLI bundle (dist/cli, what bin/bmc.js runs) and the
// library (dist/lib, JavaScript and .d.ts for `import ... from 'bmc'`).
// `--cli-only` skips the library: what the test setup needs, in well under a second.
import { execFileSync } from 'node:child_process';
import { cpSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const cliOnly = process.argv.includes('--cli-only');

execFileSync(process.execPath, ['scripts/generate.mjs'], { cwd: root, stdio: 'inherit' });

// Build beside the bundle and rename it into place, so a test run building at the same time never
// sees a missing or half-written bundle.
const bundle = `${root}dist/cli/bmc.cjs`;
const fresh = `${bundle}.${process.pid}.tmp`;
await build({
  entryPoints: [`${root}src/cli.ts`],
  outfile: fresh,
  bundle: true,
  // One CommonJS file, so bin/bmc.js can compile it with V8's code cache (see there). Commands
  // still load lazily: esbuild turns each dynamic import() into a module initialised on first use.
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Smaller code parses faster when the cache cannot be used.
  minify: true,
  define: { 'import.meta.url': '__bmcModuleUrl' },
  banner: { js: "const __bmcModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // node-pty and playwright are for tests only.
  external: ['node-pty', 'playwright-core'],
  logLevel: 'warning',
});
renameSync(fresh, bundle);
// Run a typical command once to record the code cache bin/bmc.js starts from.
execFileSync(process.execPath, [`${root}bin/bmc.js`, 'validate', `${root}examples/home-espresso.bmc.yaml`, '--format', 'json'], {
  env: { ...process.env, BMC_WRITE_CODE_CACHE: '1' },
  stdio: 'ignore',
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

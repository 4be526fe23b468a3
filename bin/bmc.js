#!/usr/bin/env node
// Starts the CLI bundle (dist/cli/bmc.cjs, built by `npm ci` / `npm install` through `prepare`).
// Start-up time is most of a one-file run, so the bundle is compiled with V8's code cache
// (dist/cli/bmc.cjs.cache, written at build time): that skips parsing and compiling it anew.
// A cache made by another Node version is rejected by V8 and the bundle compiles as usual.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundlePath = fileURLToPath(new URL('../dist/cli/bmc.cjs', import.meta.url));
const cachePath = `${bundlePath}.cache`;

let source;
try {
  source = readFileSync(bundlePath, 'utf8');
} catch {
  process.stderr.write('bmc: the CLI is not built; run `npm install` (or `npm run build`) in the bmc folder\n');
  process.exit(2);
}
let cachedData;
try {
  cachedData = readFileSync(cachePath);
} catch {
  cachedData = undefined;
}

const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
const script = new Script(wrapper, { filename: bundlePath, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));

if (process.env.BMC_WRITE_CODE_CACHE === '1') {
  // The build runs bmc once with this set; the cache then holds every function that run compiled.
  process.on('exit', () => {
    const temporary = `${cachePath}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cachePath);
  });
}

await module.exports.main(process.argv.slice(2));

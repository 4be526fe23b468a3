#!/usr/bin/env node
// Starts the CLI bundle (dist/cli/bmc.cjs, built by `npm ci` / `npm install` through `prepare`).
// Start-up time is most of a one-file run, so this file is CommonJS (Node's ES module loader
// costs milliseconds before the first line runs) and the bundle is compiled with V8's code
// cache (dist/cli/bmc.cjs.cache, written at build time), which skips parsing and compiling it
// anew. A cache made by another Node version is rejected by V8 and the bundle compiles as usual.
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const bundlePath = join(__dirname, '..', 'dist', 'cli', 'bmc.cjs');
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

// V8 compiles a function with TurboFan, its optimising compiler, once the function has run a
// set amount of bytecode (the interrupt budget). For a start of bmc that comes too soon: a
// one-file validate spent about 30 ms of CPU and 8 MiB of memory optimising yaml's parser, and
// ended before it paid off. Eight times the budget (of Node 20's V8) keeps such runs in the
// interpreter; runs long enough to need TurboFan (1,000 files, a canvas of megabytes) still get
// it, as fast. Set before the code cache is read: V8 accepts a cache only under the flags it was
// made with, and the build makes the cache through this same file.
// Only on the V8 this was measured on (11.x, Node 20): another V8 may lack the flag or have another
// default, and an unknown flag would print an error on every run.
if (process.versions.v8.startsWith('11.')) require('node:v8').setFlagsFromString('--interrupt-budget=540672');

const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
const script = new Script(wrapper, { filename: bundlePath, cachedData });
const bundle = { exports: {} };
const bundleDir = dirname(bundlePath);
script.runInThisContext()(bundle.exports, bundleRequire, bundle, bundlePath, bundleDir);

/**
 * The bundle's `require`: its own chunks ('./render.cjs') lie beside it, everything else it asks
 * for is one of Node's modules. Not `createRequire` from node:module: loading that module brings
 * in Node's ES module loader, about 8 ms of every start (measured in docs/development.md).
 */
function bundleRequire(id) {
  return require(id.startsWith('./') ? join(bundleDir, id) : id);
}

// The build runs this file once with BMC_WRITE_CODE_CACHE set to the command lines the cache is
// for (a JSON list of argument lists), one after the other in this process; the cache then holds
// every function they compiled.
const training = process.env.BMC_WRITE_CODE_CACHE;
if (training) {
  process.on('exit', () => {
    const temporary = `${cachePath}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cachePath);
  });
}

// A worker thread started by `bmc validate` on many files runs this same script (and cache),
// with the argument below (src/model/check-in-workers.ts). Only then is node:worker_threads
// loaded: it costs every other start about 10 ms of CPU.
if (process.argv[2] === '--bmc-check-worker' && isCheckWorker()) bundle.exports.runCheckWorker();
else if (training) trainCodeCache(JSON.parse(training));
else bundle.exports.main(process.argv.slice(2), { workerEntry: __filename });

async function trainCodeCache(commandLines) {
  for (const argv of commandLines) await bundle.exports.main(argv, { workerEntry: __filename });
}

function isCheckWorker() {
  const { isMainThread, workerData } = require('node:worker_threads');
  return !isMainThread && Boolean(workerData && workerData.bmcCheckWorker);
}

// Runs bmc in this process and prints its peak memory (max resident set size, KiB) and the CPU
// time it used (user + system, ms) to stderr.
// Usage: node max-rss.cjs <bmc args...>   (or with no args: an empty Node process, the baseline)
// CommonJS, as bin/bmc.cjs is run: an ES module here would load Node's ES module loader and its
// thread pool first, about 5 MiB that `node bin/bmc.cjs` (what the npm shim runs) never has.
'use strict';
const args = process.argv.slice(2);
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`maxrss ${usage.maxRSS}\ncpu ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
if (args.length > 0) {
  // bin/bmc.cjs reads its arguments from process.argv, as when run from a shell.
  process.argv = [process.argv[0], 'bmc', ...args];
  require('../../bin/bmc.cjs');
}

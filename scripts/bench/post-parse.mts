// Times and measures each stage after parsing, in one process, on the limit cases
// (scripts/bench/limit-cases.mjs): the YAML is parsed once, outside the timing, and each stage
// runs on the sources (tsx), between full collections: its time, CPU, the heap it left
// uncollected at its end, what it still holds after a full GC, and the process's peak so far.
// Usage: node --expose-gc --max-old-space-size=6000 --import tsx scripts/bench/post-parse.mts <case>...
// NO_GC=1 skips the collections (for a CPU profile: --cpu-prof).
import { LIMIT_CASES } from './limit-cases.mjs';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { normalizeCanvas } from '../../src/model/normalize.js';
import { checkSchema } from '../../src/check/schema-problems.js';
import validateCanvas from '../../src/generated/canvas-validator.js';
import { checkReferences } from '../../src/check/references.js';
import { checkWarnings } from '../../src/check/warnings.js';
import { capInFileOrder } from '../../src/check/cap-problems.js';
import { settleProblem } from '../../src/check/deferred-suggestion.js';
import { errorCount, type Problem } from '../../src/load/problem.js';
import { buildReport } from '../../src/model/report.js';
import { matrixTablePieces } from '../../src/views/report/table.js';
import { noColors } from '../../src/terminal/colors.js';
import { drawCanvas } from '../../src/views/render/draw.js';

const gc = process.env.NO_GC ? () => {} : (globalThis as { gc?: () => void }).gc!;
const mib = (bytes: number): string => (bytes / 1048576).toFixed(0);

async function stage<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const start = process.cpuUsage();
  const t0 = performance.now();
  const result = await run();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(start);
  const unCollected = process.memoryUsage().heapUsed;
  gc();
  const after = process.memoryUsage().heapUsed;
  console.log(`  ${name.padEnd(22)} ${ms.toFixed(0).padStart(7)} ms  cpu ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(7)} ms  heap +${mib(unCollected - before).padStart(5)} MiB before gc, retained +${mib(after - before).padStart(5)} MiB  maxRSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB`);
  return result;
}

for (const name of process.argv.slice(2)) {
  const entry = LIMIT_CASES.find((c) => c.name === name);
  if (!entry) throw new Error(`no case ${name}`);
  const text = entry.make();
  const outcome = parseYaml(text);
  if (!outcome.ok) {
    console.log(`${name}: parse problems ${outcome.problems.length}`);
    continue;
  }
  const { locator, data } = outcome.parsed;
  gc();
  console.log(`${name} (parsed; heap ${mib(process.memoryUsage().heapUsed)} MiB)`);
  const model = await stage('normalizeCanvas', () => normalizeCanvas(data));
  await stage('ajv validate', () => validateCanvas(data));
  console.log(`    ajv errors: ${validateCanvas.errors?.length ?? 0}`);
  validateCanvas.errors = null;
  const schema = await stage('checkSchema (all, held)', () => [...checkSchema(data, locator)]);
  console.log(`    schema problems: ${schema.length}`);
  const refs = await stage('checkReferences', () => checkReferences(model, locator));
  const warnings = await stage('checkWarnings', () => (schema.length === 0 ? checkWarnings(model, locator, { today: '2026-12-02' }) : []));
  let all: Problem[] = [...schema, ...refs, ...warnings];
  const problems = await stage('sort+cap+settle', () =>
    capInFileOrder(all).map(settleProblem),
  );
  all = [];
  console.log(`    problems listed ${problems.length}, errors ${errorCount(problems)}`);
  if (errorCount(problems) === 0) {
    const report = await stage('buildReport', () => buildReport(model));
    // Made as the commands make them, piece by piece, each piece dropped once counted.
    const characters = (pieces: Iterable<string>): number => {
      let count = 0;
      for (const piece of pieces) count += piece.length;
      return count;
    };
    await stage('matrixTable', () => characters(matrixTablePieces(report, { colors: noColors, width: 100 })));
    await stage('render svg', async () => characters((await drawCanvas(model, 'svg', {})) as Iterable<string>));
  }
}

// `bmc diff` of two generated canvases of about 10,000 items each (1,000 segments), against
// `bmc validate` of the same two files in the same run: a diff reads and checks both sides, so
// "diff − validate" is what comparing adds. The edited copy renames, relinks, retypes, removes
// and adds items, so the comparison has real work to do.
// Run on its own with `node scripts/bench-diff.mjs` after `node scripts/build.mjs --cli-only`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCanvas } from './bench/generate-canvas.mjs';
import { medianMs, printTable, ratio } from './bench/timing.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const node = process.execPath;
const bin = join(root, 'bin/bmc.cjs');
const SEGMENTS = 1000;

/** The generated canvas with every tenth segment's items edited in a different way. */
function editedCopy(text) {
  return text
    .replace(/name: "Offer B for segment (\d*0)"/g, 'name: "Second offer for segment $1"')
    .replace(/(Shop for segment \d*1", segments: \[seg-\d+)\]/g, '$1, seg-0002]')
    .replace(/(Partner for segment \d*2", segments: \[seg-\d+\]), type: indirect/g, '$1, type: direct')
    .replace(/^ {2}- \{name: "Relationship with segment \d*3".*\n/gm, '')
    .replace(/^( {2}- \{name: "Resource for segment (\d*4)".*\n)/gm, '$1  - {name: "New resource for segment $2"}\n')
    .replace(/severity: 3\}/g, 'severity: 4}');
}

function benchDiff() {
  const dir = mkdtempSync(join(tmpdir(), 'bmc-bench-diff-'));
  try {
    const before = join(dir, 'before.bmc.yaml');
    const after = join(dir, 'after.bmc.yaml');
    const text = generateCanvas({ segments: SEGMENTS });
    writeFileSync(before, text);
    writeFileSync(after, editedCopy(text));
    const items = (text.match(/^ {2,4}- (\{name|\{id: vp|name:)/gm) ?? []).length;
    const runs = 3;
    // Alternated: validate, diff, validate, diff... so both see the same machine load.
    const validate = [];
    const diff = [];
    for (let round = 0; round < 3; round += 1) {
      validate.push(medianMs(node, [bin, 'validate', before, after, '--format', 'json'], { runs }));
      diff.push(medianMs(node, [bin, 'diff', before, after, '--format', 'json'], { runs }));
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const validateMs = median(validate);
    const diffMs = median(diff);
    printTable(`bmc diff of two canvases of ${items} items each (${SEGMENTS} segments; goal: diff − validate well under a second)`, [
      ['command', 'median ms', 'vs validate'],
      ['bmc validate <old> <new> --format json', validateMs.toFixed(0), '1.00x'],
      ['bmc diff <old> <new> --format json', diffMs.toFixed(0), ratio(diffMs, validateMs)],
      ['diff − validate', Math.max(0, diffMs - validateMs).toFixed(0), '-'],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

benchDiff();

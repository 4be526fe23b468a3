// Baseline for the many-files benchmark: only read and parse each file with `yaml`, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const dir = process.argv[2];
let count = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.bmc.yaml')) continue;
  const document = parseDocument(readFileSync(join(dir, name), 'utf8'));
  document.toJS();
  count += 1;
}
process.stdout.write(`${count}\n`);

// Makes docs/images/home-espresso.png, the picture the README shows: the bundled example
// rendered to PNG by the built CLI (resvg, no browser). Run after `npm run build`:
//   node scripts/render/readme-image.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const output = join(root, 'docs/images/home-espresso.png');
mkdirSync(join(root, 'docs/images'), { recursive: true });
execFileSync(process.execPath, [join(root, 'bin/bmc.cjs'), 'render', join(root, 'examples/home-espresso.bmc.yaml'), '-o', output], {
  stdio: 'inherit',
});

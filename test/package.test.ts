// The npm package works on its own: packed, installed into an empty project, run, and imported.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let project: string;
let files: string[];

function run(command: string, args: string[]) {
  return spawnSync(command, args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), 'bmc-pack-'));
  // `npm pack` runs the full build (prepare), so the tarball holds what a release would.
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  files = packed[0].files.map((file: { path: string }) => file.path);
  const tarball = join(packDir, readdirSync(packDir).find((name) => name.endsWith('.tgz'))!);
  project = mkdtempSync(join(tmpdir(), 'bmc-consumer-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--omit=dev', tarball], { cwd: project, stdio: 'ignore' });
}, 300_000);

describe('the packed package', () => {
  it('contains the built code, types, schema and examples, and no sources or tests', () => {
    expect(files).toEqual(expect.arrayContaining(['bin/bmc.cjs', 'dist/cli/bmc.cjs', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'schemas/canvas.schema.json', 'examples/home-espresso.bmc.yaml', 'README.md', 'assets/fonts/inter-latin-400-normal.ttf', 'assets/fonts/inter-latin-700-normal.woff2', 'assets/fonts/OFL.txt']));
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('test/'))).toEqual([]);
  });

  it('runs bmc --version, validate and report from the installed package', () => {
    const version = run(join(project, 'node_modules/.bin/bmc'), ['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const example = join(project, 'node_modules/bmc/examples/home-espresso.bmc.yaml');
    const validate = run(join(project, 'node_modules/.bin/bmc'), ['validate', example]);
    expect(validate.stdout).toBe('✔ 1 file checked: no problems\n');
    expect(validate.status).toBe(0);
    const report = run(join(project, 'node_modules/.bin/bmc'), ['report', example, '--format', 'json']);
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout).segments.map((segment: { id: string }) => segment.id)).toEqual(['home-drinkers', 'offices']);
  });

  it('renders SVG and PNG from the installed package, with its font and native renderer', () => {
    const example = join(project, 'node_modules/bmc/examples/home-espresso.bmc.yaml');
    for (const name of ['canvas.svg', 'canvas.png']) {
      const render = run(join(project, 'node_modules/.bin/bmc'), ['render', example, '-o', join(project, name)]);
      expect(render.stderr).toBe('');
      expect(render.status).toBe(0);
    }
    expect(readFileSync(join(project, 'canvas.svg'), 'utf8')).toContain('src: url(data:font/woff2;base64,');
    expect(readFileSync(join(project, 'canvas.png')).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('is importable as a typed library', () => {
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { buildReport, checkCanvas, loadCanvas, schemaPath, type Canvas, type CanvasReport, type Problem } from 'bmc';",
        "const result = await loadCanvas('node_modules/bmc/examples/tool-library.bmc.yaml');",
        "if (result.status !== 'checked' || !result.canvas) throw new Error('not loaded');",
        'const canvas: Canvas = result.canvas;',
        'const warnings: Problem[] = result.problems;',
        'const report: CanvasReport = buildReport(canvas);',
        'console.log(report.segments[0]?.gaps);',
        "const broken = checkCanvas('bmc: 1\\nname: X\\ncustomer_segments: []\\n');",
        'console.log(JSON.stringify({ segments: canvas.customer_segments.length, warnings: warnings.length, rule: broken.problems[0]?.rule, schema: schemaPath().endsWith("canvas.schema.json") }));',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] } }),
    );
    const typecheck = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(typecheck.stdout + typecheck.stderr).toBe('');
    const plain = run(process.execPath, ['--input-type=module', '-e', consumerScript()]);
    expect(plain.stderr).toBe('');
    expect(JSON.parse(plain.stdout)).toEqual({
      segments: 3,
      warnings: 6,
      rule: 'no-segments',
      schema: true,
      gaps: [[], ['channels', 'revenue_streams'], ['channels']],
    });
  });
});

/** The same consumer code as plain JavaScript, without its type annotations. */
function consumerScript(): string {
  return [
    "import { buildReport, checkCanvas, loadCanvas, schemaPath } from 'bmc';",
    "const result = await loadCanvas('node_modules/bmc/examples/tool-library.bmc.yaml');",
    "const broken = checkCanvas('bmc: 1\\nname: X\\ncustomer_segments: []\\n');",
    'const gaps = buildReport(result.canvas).segments.map((segment) => segment.gaps);',
    'console.log(JSON.stringify({ segments: result.canvas.customer_segments.length, warnings: result.problems.length, rule: broken.problems[0]?.rule, schema: schemaPath().endsWith("canvas.schema.json"), gaps }));',
  ].join('\n');
}

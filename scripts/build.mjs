// Builds bmc: generated sources, then the CLI bundle (dist/cli, what bin/bmc.cjs runs) and the
// library (dist/lib, JavaScript and .d.ts for `import ... from 'bmc'`).
// `--cli-only` skips the library: what the test setup needs, in well under a second.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// The GitHub Action installs esbuild alone, apart from the project's development tools, into
// the folder BMC_ESBUILD_FROM (see action.yml).
const esbuildFrom = process.env.BMC_ESBUILD_FROM;
const { build } = esbuildFrom ? createRequire(join(esbuildFrom, 'package.json'))('esbuild') : await import('esbuild');

const root = fileURLToPath(new URL('../', import.meta.url));
const cliOnly = process.argv.includes('--cli-only');

execFileSync(process.execPath, ['scripts/generate.mjs'], { cwd: root, stdio: 'inherit' });

// The interactive and drawing commands carry large dependencies (prompts, font metrics) that
// validate never needs: they are bundles of their own, required only when their command runs,
// so the main bundle that every start reads stays small.
const SEPARATE = [
  { source: 'src/interview/run-init.ts', bundle: 'init.cjs' },
  { source: 'src/interview/run-edit-questions.ts', bundle: 'edit-questions.cjs' },
  { source: 'src/interview/run-edit-menu.ts', bundle: 'edit-menu.cjs' },
  { source: 'src/views/render/draw.ts', bundle: 'render.cjs' },
];
const separateBundles = {
  name: 'separate-bundles',
  setup(builder) {
    // A dynamic import() of one of the sources above becomes a require() of its bundle.
    builder.onResolve({ filter: /\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const source = relative(root, join(args.resolveDir, args.path)).replace(/\.js$/, '.ts').split(sep).join('/');
      const match = SEPARATE.find((entry) => entry.source === source);
      return match ? { path: `./${match.bundle}`, external: true } : undefined;
    });
  },
};

// Edits to the text of dependencies as they go into the bundle, each for speed alone:
// - yaml reads process.env.LOG_TOKENS for every token it parses and LOG_STREAM for every document
//   (debugging switches of its own). A process.env read asks the C library's environment each
//   time, about a microsecond: seconds on a large file, milliseconds on every canvas. The bundle
//   reads them as never set.
// - commander loads node:child_process when it loads, for subcommands run as separate programs,
//   which bmc has none of; with it come net, dgram and the stream machinery: about 20 ms of every
//   start on a busy machine. The bundle loads it when (if ever) spawn is called.
// A dependency that no longer has the text fails the build rather than quietly losing the saving.
const DEPENDENCY_EDITS = [
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, from: 'node_process.env.LOG_TOKENS', to: 'false' },
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, from: 'node_process.env.LOG_STREAM', to: 'false' },
  {
    file: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/,
    from: "const childProcess = require('node:child_process');",
    to: "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
  },
];
const dependencyEdits = {
  name: 'dependency-edits',
  setup(builder) {
    for (const { file, from, to } of DEPENDENCY_EDITS) {
      builder.onLoad({ filter: file }, ({ path }) => {
        const source = readFileSync(path, 'utf8');
        if (!source.includes(from)) throw new Error(`${path} no longer has \`${from}\`: update DEPENDENCY_EDITS in scripts/build.mjs`);
        return { contents: source.replaceAll(from, to), loader: 'js' };
      });
    }
  },
};

// yaml is a bundle of its own (dist/cli/yaml.cjs), loaded the first time bmc's code touches one of
// its exports: a canvas that bmc's own reader takes whole (src/load/plain-reader.ts) never needs
// it, and loading it cost every such start about 5 ms (its module and its share of the code
// cache; 1.37x -> 1.31x of `node -e 0`, docs/development.md). Each bundle imports yaml through a
// module of getters, so the bundles share one copy, and yaml's own checks (isMap, isScalar, ...)
// hold across them.
const YAML_EXPORTS = Object.keys(createRequire(import.meta.url)('yaml'));
const lazyYaml = {
  name: 'lazy-yaml',
  setup(builder) {
    builder.onResolve({ filter: /^yaml$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: 'yaml', namespace: 'lazy-yaml' }));
    builder.onResolve({ filter: /^\.\/yaml\.cjs$/, namespace: 'lazy-yaml' }, () => ({ path: './yaml.cjs', external: true }));
    builder.onLoad({ filter: /^yaml$/, namespace: 'lazy-yaml' }, () => ({
      loader: 'js',
      contents: [
        'let yaml;',
        ...YAML_EXPORTS.map((name) => `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => (yaml ??= require('./yaml.cjs')).${name} });`),
      ].join('\n'),
    }));
  },
};

const common = {
  bundle: true,
  // CommonJS, so bin/bmc.cjs can compile the main bundle with V8's code cache (see there).
  // Commands still load lazily: esbuild turns each dynamic import() into a module initialised
  // on first use, or a require() of a separate bundle.
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  // Smaller code parses faster when the cache cannot be used.
  minify: true,
  define: { 'import.meta.url': '__bmcModuleUrl' },
  banner: { js: "const __bmcModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // The pseudo-terminal and the browser driver are for tests only. resvg is a native module (a
  // prebuilt binary per platform); fontkit and pdfkit read data files beside their code: all
  // three load from node_modules, and only when a picture is drawn.
  external: ['@lydell/node-pty', 'playwright-core', '@resvg/resvg-js', 'fontkit', 'pdfkit'],
  logLevel: 'warning',
  plugins: [lazyYaml, dependencyEdits],
};

// Build beside each bundle and rename it into place, so a test run building at the same time
// never sees a missing or half-written bundle.
async function buildInPlace(entry, outfile, options = {}) {
  const fresh = `${outfile}.${process.pid}.tmp`;
  await build({ ...common, ...options, entryPoints: [entry], outfile: fresh });
  renameSync(fresh, outfile);
}

await Promise.all([
  buildInPlace('yaml', `${root}dist/cli/yaml.cjs`),
  ...SEPARATE.map(({ source, bundle }) => buildInPlace(`${root}${source}`, `${root}dist/cli/${bundle}`)),
]);
await buildInPlace(`${root}src/cli.ts`, `${root}dist/cli/bmc.cjs`, { plugins: [lazyYaml, separateBundles, dependencyEdits] });

// The main bundle must be ASCII. One character outside it (esbuild escapes them in strings but
// not in regular expression literals or String.raw) makes bin/bmc.cjs read the whole bundle as a
// two-byte string: 1 MB more heap on every start, twice (the source and its wrapper), instead
// of 0.5 MB. Write such characters as \u escapes in the source.
const bundleText = readFileSync(`${root}dist/cli/bmc.cjs`, 'latin1');
const nonAscii = /[^\x00-\x7F]/.exec(bundleText);
if (nonAscii) {
  throw new Error(`dist/cli/bmc.cjs is not ASCII: \`${bundleText.slice(Math.max(0, nonAscii.index - 60), nonAscii.index + 20)}\`; write the character as a \\u escape in the source`);
}

// Run the commands a start most often is, one after the other in one process, to record the code
// cache bin/bmc.cjs starts from: validate with its default output (what people read) and as JSON
// (what editors and CI read). A function neither ran is compiled when first called.
// The old cache goes first: V8 checks a cache against the length of the source only, so a bundle
// that changed but kept its length (a version 0.1.0 -> 0.2.0) would run, and be recorded, from
// stale code.
const example = `${root}examples/home-espresso.bmc.yaml`;
const TRAINING = [
  ['validate', example],
  ['validate', example, '--format', 'json'],
];
rmSync(`${root}dist/cli/bmc.cjs.cache`, { force: true });
execFileSync(process.execPath, [`${root}bin/bmc.cjs`], {
  env: { ...process.env, BMC_WRITE_CODE_CACHE: JSON.stringify(TRAINING) },
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

// One place decides whether output gets colour: only on a terminal, never with NO_COLOR.
// Chalk colours; it is loaded only when some output is coloured. Loading it loads node:tty and
// with it node:net (its supports-color asks whether stdout is a terminal): 8 built-in modules,
// about 3 ms of CPU of every `bmc validate` writing to a file, which colours nothing.

/** The styles bmc paints with, chained as chalk chains them (`colors.red.bold(text)`). */
export type StyleName = 'bold' | 'dim' | 'underline' | 'red' | 'green' | 'yellow' | 'cyan';
export type Colors = ((text: string) => string) & { readonly [name in StyleName]: Colors };

export function wantsColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
}

export function colorsFor(stream: NodeJS.WriteStream): Colors {
  if (!wantsColor(stream)) return noColors;
  const { Chalk } = loadChalk();
  return new Chalk({ level: 1 });
}

function loadChalk(): typeof import('chalk') {
  // A require, not an import, so that chalk is loaded here and only here: esbuild bundles it as a
  // module initialised on this first call (the CLI bundle is CommonJS). Run as ES modules (`npm run
  // dev`, the tests, the library) there is no `require`: one is made for this file.
  if (typeof require === 'function') return require('chalk') as typeof import('chalk');
  return process.getBuiltinModule('node:module').createRequire(import.meta.url)('chalk') as typeof import('chalk');
}

const STYLE_NAMES: readonly StyleName[] = ['bold', 'dim', 'underline', 'red', 'green', 'yellow', 'cyan'];

/** Plain text: every style, and every chain of styles, is the identity. For tests and files. */
export const noColors = ((text: string): string => text) as Colors;
for (const name of STYLE_NAMES) Object.defineProperty(noColors, name, { value: noColors });

// The source tree reads as the pipeline: load → check → model → views → edit → interview →
// commands, on the shared vocabulary of format/, with io/ and terminal/ beside them. A module
// may import from its own layer and the layers below it, never from one above, and no chain of
// imports comes back to where it started. Every import counts: static, dynamic and type-only.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** Folders in the order of the data's way; a module may import only from its rank or below. */
const LAYERS = ['format', 'load', 'check', 'model', 'views', 'edit', 'interview', 'commands'] as const;
/** Beside every layer: they import only each other, so any layer may use them. */
const BESIDE = ['io', 'terminal', 'generated'] as const;
/** The entry points (cli.ts, dev.ts, index.ts) sit on top. */
const TOP = LAYERS.length;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The source files a module imports, resolved (`./x.js` is `./x.ts`). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name).replace(/\.js$/, '.ts'));
}

function folderOf(file: string): string {
  const path = relative(SRC, file);
  return path.includes('/') ? path.slice(0, path.indexOf('/')) : '';
}

function rankOf(file: string): number | 'beside' {
  const folder = folderOf(file);
  if ((BESIDE as readonly string[]).includes(folder)) return 'beside';
  const rank = (LAYERS as readonly string[]).indexOf(folder);
  if (rank >= 0) return rank;
  if (folder === '') return TOP;
  throw new Error(`${relative(SRC, file)} is in no layer: add its folder to LAYERS or BESIDE`);
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('the layers of src/', () => {
  it('has only folders that are layers or beside them', () => {
    expect(files.map(rankOf)).not.toContain(undefined);
  });

  it('imports nothing from a layer above, and io/ and terminal/ import no layer', () => {
    const upward: string[] = [];
    for (const [file, imports] of graph) {
      const rank = rankOf(file);
      for (const target of imports) {
        const targetRank = rankOf(target);
        const allowed = targetRank === 'beside' || (rank !== 'beside' && targetRank <= rank);
        if (!allowed) upward.push(`${relative(SRC, file)} imports ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      stack.push(file);
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map((each) => relative(SRC, each)).join(' → '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('would catch an upward import (the check itself works)', () => {
    expect(rankOf(join(SRC, 'load/parse-yaml.ts'))).toBeLessThan(rankOf(join(SRC, 'commands/validate.ts')) as number);
    expect(graph.get(join(SRC, 'commands/validate.ts'))).toContain(join(SRC, 'terminal/errors.ts'));
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findExcessiveNesting } from './nesting-guard.js';

describe('findExcessiveNesting', () => {
  it('finds where flow nesting passes the limit', () => {
    expect(findExcessiveNesting('['.repeat(10), 4)).toEqual({ token: '[', depth: 5, offset: 4 });
    expect(findExcessiveNesting(`a: ${'{b: '.repeat(6)}`, 4)).toEqual({ token: '{', depth: 5, offset: 19 });
  });
  it('ignores brackets in quoted text and comments', () => {
    expect(findExcessiveNesting(`a: "${'['.repeat(20)}"\n# ${'{'.repeat(20)}\nb: '${'['.repeat(20)}'`, 4)).toBeUndefined();
  });
  it('lets balanced sibling collections through', () => {
    expect(findExcessiveNesting('[[1], [2], [3], [4], [5], [6]]', 2)).toBeUndefined();
  });
});

describe('findExcessiveNesting on block indicators in a row', () => {
  it('sees `- - x` as one `-` token per level, with spaces between (what the guard counts)', () => {
    expect([...new Lexer().lex('a: - - x\n')]).toEqual(['\x02', '\x1f', 'a', ':', ' ', '-', ' ', '-', ' ', '\x1f', 'x', '\n']);
  });
  it('lets exactly the limit through and stops at the first indicator past it', () => {
    expect(findExcessiveNesting(`x: ${'- '.repeat(4)}x\n`, 4)).toBeUndefined();
    // `x: ` is 3 characters; the fifth `-` starts 8 characters later.
    expect(findExcessiveNesting(`x: ${'- '.repeat(5)}x\n`, 4)).toEqual({ token: '-', depth: 5, offset: 11 });
    expect(findExcessiveNesting(`${'-\t'.repeat(5)}x\n`, 4)).toEqual({ token: '-', depth: 5, offset: 8 });
  });
  it('counts `?` like `-`', () => {
    expect(findExcessiveNesting(`${'? '.repeat(5)}a\n`, 4)).toEqual({ token: '?', depth: 5, offset: 8 });
    expect(findExcessiveNesting(`- ? - ? - a\n`, 4)).toEqual({ token: '-', depth: 5, offset: 8 });
  });
  it('starts counting anew on each line and after any text', () => {
    // Four levels on each line, the next line indented under the last item: nested deeper in
    // all, but that nesting costs indentation, which the file size limits.
    expect(findExcessiveNesting(`${'- '.repeat(4)}a\n        ${'- '.repeat(4)}b\n`, 4)).toBeUndefined();
    expect(findExcessiveNesting(`- - a: - - b\n`, 2)).toBeUndefined();
    expect(findExcessiveNesting(`- - [- -]\n`, 2)).toBeUndefined();
  });
  it('ignores dashes in text, numbers, comments and block scalars', () => {
    const dashes = '- '.repeat(20);
    expect(findExcessiveNesting(`a: "${dashes}"\nb: '${dashes}'\n# ${dashes}\nc: |\n  ${dashes}\nd: -1\ne: - -1\n`, 4)).toBeUndefined();
  });
  it('never stops the examples or test fixtures, even at a limit of 8', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : /\.ya?ml$/.test(name) ? [path] : [];
      });
    const files = [...walk('examples'), ...walk('test/fixtures')];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(findExcessiveNesting(readFileSync(file, 'utf8'), 8), file).toBeUndefined();
  });
});

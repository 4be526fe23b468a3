// Installing bmc needs no C/C++ toolchain. .ci/run proves it end to end (it runs `npm ci` and the
// tests with every compiler, make and Python hidden); this test catches the cause early, on any
// machine: a dependency that would be compiled on install.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

interface LockedPackage {
  hasInstallScript?: boolean;
  optional?: boolean;
  os?: string[];
}

const lock: { packages: Record<string, LockedPackage> } = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
const manifest: { allowScripts?: Record<string, boolean> } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const installed = Object.keys(lock.packages).filter((path) => path.startsWith('node_modules/'));

describe('installing the dependencies', () => {
  it('compiles nothing: no installed package carries a native build file', () => {
    const native = installed.filter((path) => existsSync(join(ROOT, path, 'binding.gyp')));
    expect(native).toEqual([]);
  });

  it('runs install scripts only of packages allowed by name in package.json', () => {
    const withScripts = installed.filter((path) => lock.packages[path]!.hasInstallScript).map((path) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts).toEqual(['esbuild']);
    expect(Object.keys(manifest.allowScripts ?? {})).toEqual(withScripts);
  });

  it('takes the pseudo-terminal for the interview tests from prebuilt binaries for Linux, macOS and Windows', () => {
    const prebuilt = installed.filter((path) => path.startsWith('node_modules/@lydell/node-pty-')).map((path) => lock.packages[path]!.os?.[0]);
    expect(new Set(prebuilt)).toEqual(new Set(['linux', 'darwin', 'win32']));
  });
});

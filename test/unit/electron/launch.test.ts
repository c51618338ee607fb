import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectron, NOT_INSTALLED } from '../../../electron/launch/electron-binary.mjs';
import { ensureElectronSqlite, nativeCacheFile, nodeGypEnv } from '../../../electron/launch/native.mjs';
import { tempDir } from '../helpers/temp.ts';

const repo = path.resolve(import.meta.dirname, '../../..');

function write(file: string, text = ''): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** node_modules/electron as npm leaves it: package.json always, path.txt and dist/ only if the download worked. */
function electronPackage(opts: { pathTxt?: string; executable?: string } = {}): string {
  const dir = path.join(tempDir('qm-electron-pkg-'), 'electron');
  write(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  if (opts.pathTxt !== undefined) write(path.join(dir, 'path.txt'), opts.pathTxt);
  if (opts.executable !== undefined) write(path.join(dir, 'dist', opts.executable), '#!/bin/sh\n');
  return dir;
}

describe('finding the Electron binary', () => {
  it.each([
    ['linux', 'electron'],
    ['win32', 'electron.exe'],
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
  ])('uses the downloaded build on %s', (platform, executable) => {
    const dir = electronPackage({ pathTxt: executable, executable });
    expect(findElectron({ env: {}, electronDir: dir, platform })).toEqual({
      executable: path.join(dir, 'dist', executable),
      version: '45.4.1',
    });
  });

  it('says so in one sentence, naming npm run web, when the download never happened', () => {
    const result = findElectron({ env: {}, electronDir: electronPackage(), platform: 'linux' });
    expect(result).toEqual({ problem: NOT_INSTALLED });
    expect(NOT_INSTALLED).toContain('npm run web');
    expect(NOT_INSTALLED.split(/(?<=\.)\s/)).toHaveLength(1);
  });

  it('does not trust path.txt when the executable it names is missing (a half-finished download)', () => {
    const dir = electronPackage({ pathTxt: 'electron' });
    expect(findElectron({ env: {}, electronDir: dir, platform: 'linux' })).toEqual({
      problem: NOT_INSTALLED,
    });
  });

  it.each([
    ['linux', 'electron'],
    ['win32', 'electron.exe'],
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
  ])(
    'honours ELECTRON_OVERRIDE_DIST_PATH on %s, with the version from its version file',
    (platform, executable) => {
      const dist = tempDir('qm-electron-dist-');
      write(path.join(dist, executable));
      write(path.join(dist, 'version'), 'v46.0.0\n');
      const result = findElectron({
        env: { ELECTRON_OVERRIDE_DIST_PATH: dist },
        electronDir: electronPackage(),
        platform,
      });
      expect(result).toEqual({ executable: path.join(dist, executable), version: '46.0.0' });
    },
  );

  it('falls back to the npm package version when the override folder has no version file', () => {
    const dist = tempDir('qm-electron-dist-');
    write(path.join(dist, 'electron'));
    const result = findElectron({
      env: { ELECTRON_OVERRIDE_DIST_PATH: dist },
      electronDir: electronPackage(),
      platform: 'linux',
    });
    expect(result).toEqual({ executable: path.join(dist, 'electron'), version: '45.4.1' });
  });

  it('does not fall back to node_modules when the override points at an empty folder', () => {
    const dir = electronPackage({ pathTxt: 'electron', executable: 'electron' });
    const empty = tempDir('qm-electron-dist-');
    const result = findElectron({
      env: { ELECTRON_OVERRIDE_DIST_PATH: empty },
      electronDir: dir,
      platform: 'linux',
    });
    expect('problem' in result && result.problem).toMatch(/ELECTRON_OVERRIDE_DIST_PATH.*npm run web/);
  });
});

describe('npm start without Electron', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [path.join(repo, 'electron/launch/start.mjs')], {
      cwd: repo,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('prints one sentence and exits 1 when the override folder is empty (before building anything)', () => {
    const result = run({ ELECTRON_OVERRIDE_DIST_PATH: tempDir('qm-electron-dist-') });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('npm run web');
  });

  const installed = !(
    'problem' in
    findElectron({
      env: {},
      electronDir: path.join(repo, 'node_modules/electron'),
      platform: process.platform,
    })
  );

  it.skipIf(installed || process.env['ELECTRON_OVERRIDE_DIST_PATH'])(
    'prints the not-installed sentence on a machine without the binary',
    () => {
      const env = { ...process.env };
      delete env['ELECTRON_OVERRIDE_DIST_PATH'];
      const result = spawnSync(process.execPath, [path.join(repo, 'electron/launch/start.mjs')], {
        cwd: repo,
        env,
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(NOT_INSTALLED);
    },
  );
});

describe('better-sqlite3 for Electron', () => {
  it('keys the cache by Electron version, platform and arch', () => {
    expect(nativeCacheFile('/r', { version: '45.4.1', platform: 'linux', arch: 'x64' })).toBe(
      path.join('/r', '.native', 'electron-45.4.1-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('keeps npm config away from node-gyp (nodedir would build for Node), but keeps proxies', () => {
    const env = nodeGypEnv({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_config_runtime: 'node',
      npm_config_disturl: 'https://nodejs.org/dist',
      npm_package_config_node_gyp_nodedir: '/usr',
      npm_config_https_proxy: 'http://proxy:3128',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_https_proxy: 'http://proxy:3128' });
  });

  /** A project folder whose node-gyp is a stand-in that records how it was called and "builds" a file. */
  function project(): string {
    const root = tempDir('qm-native-');
    const sqlite = path.join(root, 'node_modules', 'better-sqlite3');
    write(path.join(sqlite, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
    write(path.join(sqlite, 'binding.gyp'), '{}');
    write(path.join(sqlite, 'build', 'Release', 'better_sqlite3.node'), 'node abi');
    write(
      path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
      `const fs = require('fs');
       const sawNodeBuild = fs.existsSync('build');
       fs.mkdirSync('build/Release', { recursive: true });
       fs.writeFileSync('build/Release/better_sqlite3.node', JSON.stringify({
         args: process.argv.slice(2), cwd: process.cwd(), nodedir: process.env.npm_config_nodedir ?? null,
         sawNodeBuild,
       }));`,
    );
    return root;
  }

  it('builds in a copy with node-gyp for Electron, caches the result and leaves the Node build alone', () => {
    const root = project();
    const logs: string[] = [];
    const file = ensureElectronSqlite({
      root,
      version: '45.4.1',
      platform: 'linux',
      arch: 'x64',
      env: { ...process.env, npm_config_nodedir: '/usr' },
      log: (line: string) => logs.push(line),
    });
    expect(file).toBe(nativeCacheFile(root, { version: '45.4.1', platform: 'linux', arch: 'x64' }));
    const built = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(built.args).toEqual([
      'rebuild',
      '--release',
      '--runtime=electron',
      '--target=45.4.1',
      '--arch=x64',
      '--dist-url=https://electronjs.org/headers',
    ]);
    expect(built.nodedir).toBeNull();
    expect(built.sawNodeBuild).toBe(false);
    expect(path.relative(root, built.cwd).startsWith('..')).toBe(true);
    expect(
      fs.readFileSync(
        path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
        'utf8',
      ),
    ).toBe('node abi');
    expect(fs.existsSync(built.cwd)).toBe(false);
    expect(logs).toHaveLength(1);

    const again = ensureElectronSqlite({
      root,
      version: '45.4.1',
      platform: 'linux',
      arch: 'x64',
      log: (line: string) => logs.push(line),
    });
    expect(again).toBe(file);
    expect(logs).toHaveLength(1);
  });

  it('rebuilds when better-sqlite3 was upgraded since the cached build', () => {
    const root = project();
    const opts = { root, version: '45.4.1', platform: 'linux', arch: 'x64', log: () => {} };
    const file = ensureElectronSqlite(opts);
    fs.writeFileSync(file, 'stale');
    write(
      path.join(root, 'node_modules/better-sqlite3/package.json'),
      JSON.stringify({ name: 'better-sqlite3', version: '12.12.0' }),
    );
    ensureElectronSqlite(opts);
    expect(fs.readFileSync(file, 'utf8')).not.toBe('stale');
  });

  it('fails with a sentence naming npm run web when node-gyp fails, caching nothing', () => {
    const root = project();
    write(path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), 'process.exit(3)');
    const opts = { root, version: '45.4.1', platform: 'linux', arch: 'x64', log: () => {} };
    expect(() => ensureElectronSqlite(opts)).toThrow(/exit code 3.*npm run web/);
    expect(fs.existsSync(nativeCacheFile(root, opts))).toBe(false);
  });
});

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const file = path.join(repo, 'electron-builder.yml');
// js-yaml and app-builder-lib arrive with electron-builder; neither is a dependency of ours.
const require = createRequire(path.join(repo, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

const config = yaml.load(fs.readFileSync(file, 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('names the app and packs the build, package.json and resources', () => {
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe(
      JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).productName,
    );
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json', 'resources/**']));
  });

  it('unpacks better-sqlite3’s native module and rebuilds it for Electron when packaging', () => {
    expect(config.asarUnpack.some((p) => p.includes('better-sqlite3') && p.endsWith('.node'))).toBe(true);
    expect(config.npmRebuild).toBe(true);
  });

  it('turns off the fuses the app does not need and only loads its integrity-checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('targets Linux (AppImage, deb), Windows (nsis) and macOS (dmg) with an icon that exists', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    for (const platform of [config.linux, config.win, config.mac]) {
      const icon = path.join(repo, platform.icon);
      expect(fs.existsSync(icon), icon).toBe(true);
      // macOS needs at least 512×512 to make an .icns; read the size from the PNG header.
      const header = fs.readFileSync(icon).subarray(16, 24);
      expect(Math.min(header.readUInt32BE(0), header.readUInt32BE(4))).toBeGreaterThanOrEqual(512);
    }
  });

  it('passes electron-builder’s own schema validation', async () => {
    const builder = path.dirname(require.resolve('app-builder-lib/package.json'));
    const { getConfig, validateConfiguration } = require(path.join(builder, 'out/util/config/config.js')) as {
      getConfig(dir: string, file: string, extra: null): Promise<unknown>;
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util/out/DebugLogger.js') as {
      DebugLogger: new (enabled: boolean) => unknown;
    };
    const loaded = await getConfig(repo, file, null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });
});

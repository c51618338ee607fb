import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(c|m)?[jt]sx?$/.test(entry.name) ? [full] : [];
  });
}

/** Static, dynamic, require and re-export forms, for `electron` and its sub-paths (`electron/main`, …). */
const ELECTRON_IMPORT =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"`])electron(?:\/[^'"`]*)?\1/;

describe('electron/core stays plain Node', () => {
  it('has source files to check', () => {
    expect(sourceFiles(path.join(root, 'electron/core')).length).toBeGreaterThan(5);
  });

  it('never imports electron, so every rule runs in vitest, the CLI and the web host', () => {
    const offenders = sourceFiles(path.join(root, 'electron/core')).filter((file) =>
      ELECTRON_IMPORT.test(fs.readFileSync(file, 'utf8')),
    );
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  it('recognises every import form it guards against', () => {
    for (const line of [
      "import { app } from 'electron';",
      'import type { App } from "electron";',
      "import 'electron';",
      "const { app } = require('electron');",
      "await import('electron/main');",
      "export { app } from 'electron';",
    ]) {
      expect(ELECTRON_IMPORT.test(line), line).toBe(true);
    }
    for (const line of [
      "import x from 'electron-store';",
      '// electron is not used here',
      "import './electron.ts';",
    ]) {
      expect(ELECTRON_IMPORT.test(line), line).toBe(false);
    }
  });
});

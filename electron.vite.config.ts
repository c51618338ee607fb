import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;

/** Core reads its SQL migrations from disk beside the bundle (electron/core/db/migrate.ts). */
function copyMigrations(): Plugin {
  return {
    name: 'qm-copy-migrations',
    writeBundle(options) {
      const from = path.join(root, 'electron/core/db/migrations');
      const to = path.join(options.dir ?? path.join(root, 'out/main'), 'migrations');
      fs.mkdirSync(to, { recursive: true });
      for (const file of fs.readdirSync(from)) fs.copyFileSync(path.join(from, file), path.join(to, file));
    },
  };
}

export default defineConfig({
  main: {
    plugins: [copyMigrations()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: path.join(root, 'electron/main/index.ts') },
        external: ['better-sqlite3', 'electron'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: path.join(root, 'electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path.join(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: path.join(root, 'out/renderer'),
      rollupOptions: { input: { index: path.join(root, 'renderer/index.html') } },
    },
  },
});

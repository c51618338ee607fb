// `npm start`: find Electron without triggering its download, build the app, make sure SQLite is built for
// Electron's ABI, then run Electron on this folder (package.json `main` = out/main/index.js).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { findElectron } from './electron-binary.mjs';
import { ensureElectronSqlite } from './native.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');

const electron = findElectron({
  env: process.env,
  electronDir: path.join(root, 'node_modules', 'electron'),
  platform: process.platform,
});
if ('problem' in electron) {
  console.error(electron.problem);
  process.exit(1);
}

// The package's bin script run by this Node: what node_modules/.bin/electron-vite points at, on every OS.
const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) {
  console.error('The app could not be built (electron-vite build failed; its output is above).');
  process.exit(build.status ?? 1);
}

let binding;
try {
  binding = ensureElectronSqlite({ root, version: electron.version });
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

const env = { ...process.env, QM_SQLITE_BINDING: binding };
// Either would change what runs: Electron acting as plain Node, or main trusting a dev server this run does not start.
delete env.ELECTRON_RUN_AS_NODE;
delete env.ELECTRON_RENDERER_URL;

const child = spawn(electron.executable, [root], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (err) => {
  console.error(`Electron could not be started (${err.message}).`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

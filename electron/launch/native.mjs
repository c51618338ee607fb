import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI, web host). Electron has another ABI, so the app
 * gets its own build in a cache folder keyed by Electron version, platform and arch, and main loads it through
 * QM_SQLITE_BINDING. node_modules is never rebuilt in place: `npm test` and `npm start` work in either order.
 */
export const nativeCacheFile = (root, { version, platform, arch }) =>
  path.join(root, '.native', `electron-${version}-${platform}-${arch}`, 'better_sqlite3.node');

/** npm options that would still reach node-gyp: proxies and certificates for the header download, the toolchain. */
const KEPT_NPM_CONFIG = new Set([
  'proxy',
  'https_proxy',
  'http_proxy',
  'noproxy',
  'cafile',
  'strict_ssl',
  'python',
  'msvs_version',
]);

/**
 * node-gyp applies every `npm_config_*` / `npm_package_config_node_gyp_*` variable over its command line. Under
 * `npm start` npm exports its whole config (e.g. `nodedir` from ~/.npmrc), which would silently build against
 * Node's headers: the wrong ABI. Drop them, keeping only network and toolchain settings.
 */
export function nodeGypEnv(env) {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => {
      const npm = /^npm_config_(.+)$/i.exec(key);
      if (npm) return KEPT_NPM_CONFIG.has(npm[1].toLowerCase().replaceAll('-', '_'));
      return !/^npm_package_config_node_gyp_/i.test(key);
    }),
  );
}

/**
 * The node-gyp that npm installs runs as `node <script>`: the same thing node_modules/.bin/node-gyp links to on
 * POSIX, without the .cmd shim Windows would need a shell for. Without it, npx fetches one.
 */
function nodeGypCommand(root, args) {
  const script = path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (fs.existsSync(script)) return { command: process.execPath, args: [script, ...args], shell: false };
  return {
    command: process.platform === 'win32' ? 'npx.cmd' : 'npx',
    args: ['--yes', 'node-gyp', ...args],
    shell: process.platform === 'win32',
  };
}

const packageVersion = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;

/**
 * Return the path of a better-sqlite3 build for this Electron, building it first if the cache lacks one for the
 * installed better-sqlite3 version. The build downloads Electron's headers once (node-gyp caches them), so it
 * belongs to `npm start` on a user's machine, never to install or test. Throws with a sentence for the user.
 */
export function ensureElectronSqlite({
  root,
  version,
  platform = process.platform,
  arch = process.arch,
  env = process.env,
  log = console.log,
}) {
  const target = nativeCacheFile(root, { version, platform, arch });
  const stamp = path.join(path.dirname(target), 'better-sqlite3.version');
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const sourceVersion = packageVersion(source);
  if (
    fs.existsSync(target) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8').trim() === sourceVersion
  )
    return target;

  log(
    `Building better-sqlite3 ${sourceVersion} for Electron ${version} (${platform}-${arch}); only the first start takes this minute or two…`,
  );
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qm-sqlite-electron-'));
  try {
    const copy = path.join(work, 'better-sqlite3');
    // The Node build (build/) and nested node_modules are not needed to compile, and copying build/ would let a
    // failed compile hand back the Node binary.
    fs.cpSync(source, copy, {
      recursive: true,
      filter: (file) =>
        !['build', 'node_modules'].includes(path.relative(source, file).split(path.sep)[0] ?? ''),
    });
    const gyp = nodeGypCommand(root, [
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${version}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
    const run = spawnSync(gyp.command, gyp.args, {
      cwd: copy,
      stdio: 'inherit',
      env: nodeGypEnv(env),
      shell: gyp.shell,
    });
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (run.status !== 0 || !fs.existsSync(built)) {
      const how = run.error ? run.error.message : `exit code ${run.status}`;
      throw new Error(
        `Could not build better-sqlite3 for Electron ${version} (node-gyp: ${how}); it needs a C++ toolchain and to download Electron's headers from electronjs.org once — fix that and run \`npm start\` again, or run \`npm run web\` to use the console in your browser.`,
      );
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Copy then rename, so an interrupted start never leaves a half-written binary under the final name.
    const partial = `${target}.${process.pid}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
    fs.writeFileSync(stamp, `${sourceVersion}\n`);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

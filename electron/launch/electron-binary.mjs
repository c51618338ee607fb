import fs from 'node:fs';
import path from 'node:path';

export const NOT_INSTALLED =
  "Electron's binary is not installed on this machine (its download failed or is blocked), so the desktop window cannot open — run `npm run web` to use the same console in your browser.";

/** Where the executable sits inside an Electron build folder, as electron's own install.js lays it out. */
const executableIn = (dist, platform) =>
  path.join(
    dist,
    platform === 'darwin' || platform === 'mas'
      ? 'Electron.app/Contents/MacOS/Electron'
      : platform === 'win32'
        ? 'electron.exe'
        : 'electron',
  );

const readText = (file) => {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
};

const isFile = (file) => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/**
 * Locate Electron without `require('electron')`, whose index.js starts a download when the binary is missing
 * (and fails on machines that cannot reach the host). Honours ELECTRON_OVERRIDE_DIST_PATH like electron does.
 * Returns the executable and its version (the ABI native modules must be built for), or one sentence for the user.
 */
export function findElectron({ env, electronDir, platform }) {
  const packageVersion = (() => {
    try {
      return JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version ?? '';
    } catch {
      return '';
    }
  })();
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = executableIn(override, platform);
    if (!isFile(executable)) {
      return {
        problem: `ELECTRON_OVERRIDE_DIST_PATH points at ${override}, which holds no Electron executable (${executable}), so the desktop window cannot open — fix or unset it, or run \`npm run web\` to use the same console in your browser.`,
      };
    }
    // An Electron zip carries a `version` file; a hand-made folder may not, then the npm package's version stands in.
    const version = readText(path.join(override, 'version')).replace(/^v/, '') || packageVersion;
    return version ? { executable, version } : { problem: NOT_INSTALLED };
  }
  const relative = readText(path.join(electronDir, 'path.txt'));
  const executable = relative ? path.join(electronDir, 'dist', relative) : '';
  if (!executable || !isFile(executable) || !packageVersion) return { problem: NOT_INSTALLED };
  return { executable, version: packageVersion };
}

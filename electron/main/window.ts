import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowPaths {
  /** The built, CommonJS preload (a sandboxed preload cannot be an ES module). */
  preload: string;
  icon: string;
}

/**
 * The one place window options are made. The web preferences are fixed, not defaults a caller can override:
 * the renderer gets no Node, runs sandboxed in its own JS world, and reaches main only through the preload.
 */
export function mainWindowOptions(paths: WindowPaths): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Service Quality Console',
    icon: paths.icon,
    backgroundColor: '#f4f6f9',
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}

import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { createDispatch } from '../core/dispatch.ts';
import { Session } from '../core/session.ts';
import { dialogHandlers } from './dialogs.ts';
import { forwardEvents, registerInvoke } from './ipc.ts';
import { installMenu } from './menu.ts';
import { electronPdfPrinter } from './pdf-printer.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { revealHandlers } from './reveal.ts';
import { applySecurity } from './security.ts';
import { devOrigin, entryUrl, trustedUrlCheck } from './trusted-url.ts';
import { mainWindowOptions } from './window.ts';

/** out/main in a build; the preload and renderer bundles sit beside it. */
const here = import.meta.dirname;

function main(): void {
  // A second copy would open the same workspace file for writing; hand the user back the first window instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const development = !app.isPackaged;
  const dev = development ? devOrigin(process.env['ELECTRON_RENDERER_URL']) : null;
  const isTrusted = trustedUrlCheck(dev);
  let window: BrowserWindow | null = null;
  let session: Session | null = null;

  // Both must happen before `ready`: sandbox every renderer, even one created with weaker options by mistake.
  app.enableSandbox();
  registerAppScheme();

  const openWindow = (current: Session): void => {
    const win = new BrowserWindow(
      mainWindowOptions({
        preload: path.join(here, '../preload/index.cjs'),
        icon: path.join(app.getAppPath(), 'resources', 'icons', 'icon.png'),
      }),
    );
    window = win;
    win.once('ready-to-show', () => win.show());
    const stopEvents = forwardEvents(current, win, isTrusted);
    win.on('closed', () => {
      stopEvents();
      if (window === win) window = null;
    });
    win
      .loadURL(entryUrl(dev))
      .catch((err: unknown) => console.error('[qm] could not load the console:', err));
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Closing the database here (not on window close) lets macOS keep the workspace open with no window.
  app.on('will-quit', () => {
    session?.close();
    session = null;
  });

  app
    .whenReady()
    .then(() => {
      const current = new Session({
        configDir: app.getPath('userData'),
        host: 'electron',
        nativeDialogs: true,
        pdfPrinter: electronPdfPrinter,
      });
      session = current;
      applySecurity(isTrusted, dev);
      serveRenderer(path.join(here, '../renderer'));
      registerInvoke(createDispatch(current, { ...dialogHandlers, ...revealHandlers }), isTrusted);
      installMenu(development);
      openWindow(current);
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow(current);
      });
    })
    .catch((err: unknown) => {
      dialog.showErrorBox(
        'Service Quality Console',
        `The console could not start: ${(err as Error).message ?? String(err)}`,
      );
      app.exit(1);
    });
}

main();

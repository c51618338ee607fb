import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * Roles only: Electron labels them in the OS language, so main adds no strings outside the catalogs. The edit
 * menu keeps copy/paste shortcuts working on macOS; reload and DevTools are for development builds only.
 */
export function installMenu(development: boolean): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    ...(development ? [{ role: 'viewMenu' as const }] : []),
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

import path from 'node:path';
import { app, BrowserWindow, dialog, type FileFilter } from 'electron';
import type { HandlerGroup } from '../core/handlers.ts';

const WORKSPACE_FILTER: FileFilter[] = [{ name: 'SQLite', extensions: ['sqlite'] }];
const IMPORT_FILTER: FileFilter[] = [{ name: 'CSV / Excel', extensions: ['csv', 'txt', 'xlsx'] }];

/**
 * The suggested file name follows the remembered UI language, else the OS locale: the catalogs live in the
 * renderer, and `app.pickPath`'s input carries no name for it to pass.
 */
function suggestedName(language: string | null): string {
  const lang = language ?? app.getLocale();
  return lang.toLowerCase().startsWith('zh') ? '质量工作区.sqlite' : 'quality-workspace.sqlite';
}

const withExtension = (file: string) =>
  path.extname(file).toLowerCase() === '.sqlite' ? file : `${file}.sqlite`;

/** Native dialogs for `app.pickPath`; a cancelled dialog is `{path: null}`, not an error. */
export const dialogHandlers = {
  'app.pickPath': async ({ purpose, kind, fileName }, session) => {
    const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (purpose === 'open') {
      const filters = kind === 'import' ? IMPORT_FILTER : kind === 'attachment' ? [] : WORKSPACE_FILTER;
      const options = { properties: ['openFile' as const], filters };
      const picked = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return { path: picked.canceled ? null : (picked.filePaths[0] ?? null) };
    }
    if (kind === 'attachment') {
      // A copy of evidence keeps its own name and type: no filter, no extension added.
      const options = { defaultPath: path.join(app.getPath('documents'), path.basename(fileName ?? '')) };
      const picked = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return { path: picked.canceled || !picked.filePath ? null : picked.filePath };
    }
    const options = {
      defaultPath: path.join(app.getPath('documents'), suggestedName(session.config.language)),
      filters: WORKSPACE_FILTER,
      properties: ['createDirectory' as const],
    };
    const picked = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return { path: picked.canceled || !picked.filePath ? null : withExtension(picked.filePath) };
  },
} satisfies HandlerGroup;

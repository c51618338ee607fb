import { shell } from 'electron';
import type { HandlerGroup } from '../core/handlers.ts';

/** "Open folder" after a report: the file manager opens with the file selected. */
export const revealHandlers = {
  'reports.reveal': ({ path }) => {
    shell.showItemInFolder(path);
    return null;
  },
} satisfies HandlerGroup;

import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { MethodName, MethodResult } from '../../shared/api.ts';
import type { Dispatch } from '../core/dispatch.ts';
import type { Session } from '../core/session.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../preload/channels.ts';
import type { UrlCheck } from './trusted-url.ts';

const forbidden = (url: string): MethodResult<MethodName> => ({
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: 'Calls are accepted only from the console’s own pages.',
    details: { sender: url.slice(0, 200) },
  },
});

/**
 * One channel into dispatch. The frame that sent the message is checked, not the window: a frame that navigated
 * away (or was destroyed, leaving no senderFrame) must not keep the bridge its preload was given.
 */
export function registerInvoke(dispatch: Dispatch, isTrusted: UrlCheck): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrusted(url)) return forbidden(url);
    return dispatch(String(method), input);
  });
}

/** Push core's events to the window while it shows our own page (nothing leaks to a page that is not ours). */
export function forwardEvents(session: Session, window: BrowserWindow, isTrusted: UrlCheck): () => void {
  return session.on((event, payload) => {
    if (window.isDestroyed() || !isTrusted(window.webContents.getURL())) return;
    window.webContents.send(EVENT_CHANNEL, { event, payload });
  });
}

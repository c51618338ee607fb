import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MethodName, MethodResult, QmBridge } from '../../shared/api.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels.ts';

interface EventMessage {
  event: string;
  payload: unknown;
}

/**
 * The renderer's whole view of the host: two functions on `window.qm`. No ipcRenderer, no channel name chosen
 * by the page, no process or environment; the IPC event object (which carries `sender`) never crosses over.
 */
const bridge = {
  invoke: async (method, input) => {
    try {
      return (await ipcRenderer.invoke(INVOKE_CHANNEL, method, input)) as MethodResult<typeof method>;
    } catch (err) {
      // Only transport failures land here (dispatch answers every call with a result); keep the contract's shape.
      const failure: MethodResult<MethodName> = {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `The console host did not answer: ${(err as Error).message ?? String(err)}`,
        },
      };
      return failure as MethodResult<typeof method>;
    }
  },
  on: (event, listener) => {
    const handler = (_ipc: IpcRendererEvent, message: EventMessage) => {
      if (message?.event === event) listener(message.payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
} satisfies QmBridge;

contextBridge.exposeInMainWorld('qm', bridge);

import type { EventName, EventPayload, MethodInput, MethodName, MethodResult, QmBridge } from '../../../shared/api';

declare global {
  interface Window {
    /** Put there by the Electron preload; absent in a plain browser (web host). */
    qm?: QmBridge;
  }
}

/**
 * The web host's transport for the same contract: POST /api/invoke with the per-run token the host wrote into
 * index.html, and server-sent events for pushed events.
 */
function webBridge(token: string): QmBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  const connect = (): void => {
    if (source) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      const { event, payload } = JSON.parse(message.data) as { event: string; payload: unknown };
      listeners.get(event)?.forEach((listener) => listener(payload));
    };
  };
  return {
    async invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
      let response: Response;
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ method, input }),
        });
      } catch (err) {
        return { ok: false, error: { code: 'IO_ERROR', message: `The console's host is not reachable: ${String(err)}` } };
      }
      if (!response.ok) {
        return { ok: false, error: { code: 'FORBIDDEN', message: `The host refused the call (HTTP ${response.status}).` } };
      }
      return (await response.json()) as MethodResult<M>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      connect();
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
  };
}

function resolveBridge(): QmBridge {
  if (window.qm) return window.qm;
  const token = document.querySelector<HTMLMetaElement>('meta[name="qm-token"]')?.content;
  if (!token) throw new Error('No host: open the console through the desktop app or `npm run web`.');
  return webBridge(token);
}

export const bridge: QmBridge = resolveBridge();

import { useCallback, useEffect, useState } from 'react';
import { toApiError, type ApiError } from './client';

export type Resource<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

interface Loaded<T> {
  nonce: number;
  resource: Resource<T>;
}

/**
 * Load once per `load` identity and again on `reload()`. While reloading, the previous data stays on screen
 * (`reloading` is true) so lists do not flash. Pass a stable function (module-level or useCallback).
 */
export function useResource<T>(
  load: () => Promise<T>,
): Resource<T> & { reloading: boolean; reload: () => void } {
  const [nonce, setNonce] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ nonce: -1, resource: { status: 'loading' } });

  useEffect(() => {
    let live = true;
    load().then(
      (data) => {
        if (live) setLoaded({ nonce, resource: { status: 'ready', data } });
      },
      (err: unknown) => {
        if (live) setLoaded({ nonce, resource: { status: 'error', error: toApiError(err) } });
      },
    );
    return () => {
      live = false;
    };
  }, [load, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...loaded.resource, reloading: loaded.nonce !== nonce && loaded.nonce !== -1, reload };
}

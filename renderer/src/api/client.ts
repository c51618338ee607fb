import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import { bridge } from './bridge';
import { ApiError, toApiError } from './errors';

export { ApiError, toApiError };

/** Call a contract method; resolves with its value or throws ApiError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  let result;
  try {
    result = await bridge.invoke(method, input);
  } catch (err) {
    throw toApiError(err);
  }
  if (result.ok) return result.value;
  throw new ApiError(result.error);
}

/** Listen to an event pushed by the host; returns the unsubscribe function (fits useEffect's cleanup). */
export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  const off = bridge.on(event, listener);
  return () => {
    off();
  };
}

/** Ids for long jobs: the contract wants 6–64 characters of [A-Za-z0-9_-]. */
export function newJobId(prefix: string): string {
  const random =
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
          '',
        );
  return `${prefix}-${random}`;
}

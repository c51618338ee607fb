import type { ErrorCode, QmError } from '../../../shared/errors';

/**
 * A failed call, carrying the contract's error code and details so the UI can show catalog text. Kept apart from
 * the client so screens shown before a host exists (no bridge) can use it without loading the bridge.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(error: QmError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details ?? {};
  }
}

/** Anything thrown becomes an ApiError; what did not come from the host is an INTERNAL error of the screen. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ApiError({ code: 'INTERNAL', message });
}

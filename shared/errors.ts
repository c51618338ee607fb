/**
 * Typed errors that cross the contract. `message` is plain English for the CLI and logs; the renderer shows the
 * catalog text for `code` (errors.<code>) filled from `details`.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'NO_WORKSPACE',
  'NOT_FOUND',
  'CONFLICT',
  'FILE_EXISTS',
  'FILE_NOT_FOUND',
  'WORKSPACE_TOO_NEW',
  'WORKSPACE_INVALID',
  'WORKSPACE_DAMAGED',
  'IO_ERROR',
  'CANCELLED',
  'NOT_SUPPORTED',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface QmError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: QmError };

/** Thrown inside core; dispatch turns it into `{ok:false, error}`. */
export class QmFailure extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'QmFailure';
    this.code = code;
    this.details = details;
  }
  toError(): QmError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

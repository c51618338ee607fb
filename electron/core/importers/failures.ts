import { QmFailure, type ErrorCode } from '../../../shared/errors.ts';

/**
 * File-level import failures. They travel as ordinary QmFailures (code from the shared list) with a stable
 * `details.importError` naming the exact problem, so the UI can pick a catalog text without parsing `message`.
 */
export type ImportErrorKind =
  | 'PATH_TRAVERSAL'
  | 'NOT_A_FILE'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_FORMAT'
  | 'BINARY_FILE'
  | 'ENCODING'
  | 'TRUNCATED'
  | 'NOT_A_WORKBOOK'
  | 'ZIP_BOMB'
  | 'NO_ROWS'
  | 'TOO_MANY_ROWS'
  | 'RECORD_TOO_LONG'
  | 'MISSING_COLUMNS'
  | 'MAPPING_INVALID';

const CODE: Record<ImportErrorKind, ErrorCode> = {
  PATH_TRAVERSAL: 'FORBIDDEN',
  NOT_A_FILE: 'INVALID_INPUT',
  EMPTY_FILE: 'INVALID_INPUT',
  FILE_TOO_LARGE: 'INVALID_INPUT',
  UNSUPPORTED_FORMAT: 'INVALID_INPUT',
  BINARY_FILE: 'INVALID_INPUT',
  ENCODING: 'INVALID_INPUT',
  TRUNCATED: 'INVALID_INPUT',
  NOT_A_WORKBOOK: 'INVALID_INPUT',
  ZIP_BOMB: 'INVALID_INPUT',
  NO_ROWS: 'INVALID_INPUT',
  TOO_MANY_ROWS: 'INVALID_INPUT',
  RECORD_TOO_LONG: 'INVALID_INPUT',
  MISSING_COLUMNS: 'INVALID_INPUT',
  MAPPING_INVALID: 'INVALID_INPUT',
};

export function importFailure(kind: ImportErrorKind, message: string, details: Record<string, unknown> = {}): QmFailure {
  return new QmFailure(CODE[kind], message, { importError: kind, ...details });
}

import type { TFunction } from 'i18next';
import type { ApiError } from '../api/errors';

/**
 * Catalog text for a failed call. Codes about a file have a `_path` variant (i18next context) that names it, used
 * only when the host sent the path, so a message never shows an empty placeholder; a workspace locked by another
 * instance names who holds it.
 */
export function errorMessage(t: TFunction, error: ApiError): string {
  const { details } = error;
  const context =
    typeof details['lockedBy'] === 'object' && details['lockedBy'] !== null
      ? 'locked'
      : typeof details['path'] === 'string'
      ? 'path'
      : typeof details['fileVersion'] === 'number' && typeof details['supportedVersion'] === 'number'
        ? 'versions'
        : undefined;
  return t(`errors.${error.code}`, { ...details, ...(context ? { context } : {}) });
}

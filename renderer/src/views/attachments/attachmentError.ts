import type { TFunction } from 'i18next';
import type { ApiError } from '../../api/errors';
import { errorMessage } from '../../i18n/errorMessage';

const REASONS = ['empty', 'tooLarge', 'notFile', 'badName', 'badPath', 'ownerMissing', 'notImage', 'exists'] as const;
type Reason = (typeof REASONS)[number];
const isReason = (value: unknown): value is Reason => (REASONS as readonly unknown[]).includes(value);

/** The attachment-specific text for a refusal core explains with `details.reason`, else the generic one. */
export function attachmentError(t: TFunction, error: ApiError): string {
  const reason = error.details['reason'];
  return isReason(reason) ? t(`attachments.errors.${reason}`, error.details) : errorMessage(t, error);
}

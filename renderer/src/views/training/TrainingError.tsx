import { useTranslation } from 'react-i18next';
import { trainingZh } from '../../../../shared/i18n/training/zh-CN';
import type { ApiError } from '../../api/errors';
import { Alert, ErrorAlert } from '../../components/Alert';

type Reason = keyof typeof trainingZh.reasons;
const isReason = (value: unknown): value is Reason => typeof value === 'string' && value in trainingZh.reasons;

/** A refused training write says why in the area's words (details.reason or the duplicated field); else the general text. */
export function TrainingError({ title, error, onDismiss }: { title: string; error: ApiError; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const reason = error.details['reason'] ?? (error.code === 'CONFLICT' && error.details['field'] === 'code' ? 'code' : undefined);
  if (isReason(reason)) {
    return (
      <Alert tone="error" title={title} {...(onDismiss ? { onDismiss } : {})}>
        <p>{t(`training.reasons.${reason}`)}</p>
      </Alert>
    );
  }
  return <ErrorAlert title={title} error={error} {...(onDismiss ? { onDismiss } : {})} />;
}

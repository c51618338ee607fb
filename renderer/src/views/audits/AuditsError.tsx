import { useTranslation } from 'react-i18next';
import { auditsZh } from '../../../../shared/i18n/audits/zh-CN';
import type { ApiError } from '../../api/errors';
import { Alert, ErrorAlert } from '../../components/Alert';

type Reason = keyof typeof auditsZh.reasons;
const isReason = (value: unknown): value is Reason => typeof value === 'string' && value in auditsZh.reasons;

/** A refused audit write says why in the area's words (details.reason or the duplicated code); else the general text. */
export function AuditsError({ title, error, onDismiss }: { title: string; error: ApiError; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const reason = error.details['reason'] ?? (error.code === 'CONFLICT' && error.details['field'] === 'code' ? 'code' : undefined);
  if (isReason(reason)) {
    return (
      <Alert tone="error" title={title} {...(onDismiss ? { onDismiss } : {})}>
        <p>{t(`audits.reasons.${reason}`, { missing: error.details['missing'] })}</p>
      </Alert>
    );
  }
  return <ErrorAlert title={title} error={error} {...(onDismiss ? { onDismiss } : {})} />;
}

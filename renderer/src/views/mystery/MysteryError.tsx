import { useTranslation } from 'react-i18next';
import { mysteryZh } from '../../../../shared/i18n/mystery/zh-CN';
import type { ApiError } from '../../api/errors';
import { Alert, ErrorAlert } from '../../components/Alert';

type Reason = keyof typeof mysteryZh.reasons;
const isReason = (value: unknown): value is Reason => typeof value === 'string' && value in mysteryZh.reasons;

/** A refused mystery-shop write says why in the area's words (details.reason); else the general text. */
export function MysteryError({ title, error, onDismiss }: { title: string; error: ApiError; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const reason = error.details['reason'];
  if (isReason(reason)) {
    return (
      <Alert tone="error" title={title} {...(onDismiss ? { onDismiss } : {})}>
        <p>{t(`mystery.reasons.${reason}`, { missing: error.details['missing'], from: error.details['from'], to: error.details['to'] })}</p>
      </Alert>
    );
  }
  return <ErrorAlert title={title} error={error} {...(onDismiss ? { onDismiss } : {})} />;
}

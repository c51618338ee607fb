import { useTranslation } from 'react-i18next';
import { surveysZh } from '../../../../shared/i18n/surveys/zh-CN';
import type { ApiError } from '../../api/errors';
import { Alert, ErrorAlert } from '../../components/Alert';

type Reason = keyof typeof surveysZh.reasons;
const isReason = (value: unknown): value is Reason => typeof value === 'string' && Object.hasOwn(surveysZh.reasons, value);

/** A refused survey write says why in the area's words (details.reason); else the general text. */
export function SurveyError({ title, error }: { title: string; error: ApiError }) {
  const { t } = useTranslation();
  const reason = error.details['reason'];
  if (isReason(reason)) {
    return (
      <Alert tone="error" title={title}>
        <p>{t(`surveys.reasons.${reason}`)}</p>
      </Alert>
    );
  }
  return <ErrorAlert title={title} error={error} />;
}

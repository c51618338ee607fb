import { useTranslation } from 'react-i18next';
import type { MatrixState, TraineeOutcome } from '../../../../shared/schemas/training';

/** A certificate or matrix state, or a trainee's outcome, as a coloured word (never colour alone). */
export function StatusBadge({ state }: { state: MatrixState | TraineeOutcome }) {
  const { t } = useTranslation();
  const label = state === 'pass' || state === 'fail' || state === 'pending' ? t(`training.outcomes.${state}`) : t(`training.statuses.${state}`);
  return <span className={`training-badge training-badge--${state}`}>{label}</span>;
}

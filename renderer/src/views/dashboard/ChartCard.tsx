import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';

/** A dashboard chart's frame: title, hint, controls, and its loading, error and empty states. */
export function ChartCard<T>({
  title,
  hint,
  controls,
  resource,
  isEmpty,
  empty,
  testId,
  children,
}: {
  title: string;
  hint: string;
  controls?: ReactNode;
  resource: Resource<T>;
  isEmpty: (data: T) => boolean;
  empty: string;
  testId: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section
      className="card chart-card"
      data-testid={testId}
      aria-label={title}
      aria-busy={resource.status === 'loading'}
    >
      <div className="card__heading-row">
        <h2 className="card__title">{title}</h2>
        {controls}
      </div>
      <p className="card__hint">{hint}</p>
      {resource.status === 'loading' && (
        <div className="chart-card__placeholder skeleton" role="status" aria-label={t('common.loading')} />
      )}
      {resource.status === 'error' && (
        <ErrorAlert title={t('kpi.dashboard.chartFailed')} error={resource.error} />
      )}
      {resource.status === 'ready' &&
        (isEmpty(resource.data) ? (
          <p className="chart-card__empty muted">{empty}</p>
        ) : (
          children(resource.data)
        ))}
    </section>
  );
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { Alert, ErrorAlert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { JobStatus } from './JobStatus';
import { ReportForm } from './ReportForm';
import { ReportHistory } from './ReportHistory';
import { useReportJob } from './useReportJob';
import './reports.css';

const loadDefaults = () => call('reports.defaults', {});
const loadRuns = () => call('reports.list', {});

/** Generate report files for executives and see the ones made before. */
export function ReportsView() {
  const { t } = useTranslation();
  const defaults = useResource(loadDefaults);
  const runs = useResource(loadRuns);
  const reloadRuns = runs.reload;
  const onDone = useCallback(() => reloadRuns(), [reloadRuns]);
  const { state, start, cancel } = useReportJob(onDone);

  return (
    <div className="reports-view" data-testid="reports-view">
      <PageHeader title={t('areas.reports.title')} />
      <p className="page-lead">{t('reports.screen.lead')}</p>
      <div className="reports-layout">
        <div className="reports-layout__form">
          {defaults.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
          {defaults.status === 'error' && (
            <ErrorAlert title={t('reports.screen.failed')} error={defaults.error} />
          )}
          {defaults.status === 'ready' && (
            <>
              {defaults.data.tickets === 0 && (
                <Alert tone="info">
                  <p>{t('reports.screen.noData')}</p>
                </Alert>
              )}
              <ReportForm
                defaults={defaults.data}
                busy={state.status === 'running'}
                onSubmit={(r) => void start(r)}
              />
            </>
          )}
        </div>
        <div className="reports-layout__side">
          <JobStatus state={state} onCancel={() => void cancel()} />
          <section className="card" aria-labelledby="report-history-title">
            <h2 id="report-history-title" className="card__title">
              {t('reports.screen.history')}
            </h2>
            {runs.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
            {runs.status === 'error' && (
              <ErrorAlert title={t('reports.screen.historyFailed')} error={runs.error} />
            )}
            {runs.status === 'ready' && runs.data.length === 0 && (
              <section className="empty-state">
                <p className="empty-state__summary">{t('reports.screen.historyEmpty')}</p>
              </section>
            )}
            {runs.status === 'ready' && runs.data.length > 0 && <ReportHistory runs={runs.data} />}
          </section>
        </div>
      </div>
    </div>
  );
}

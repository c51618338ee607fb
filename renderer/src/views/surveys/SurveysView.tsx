import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { PageHeader } from '../../components/PageHeader';
import { ResponsesPanel } from './responses/ResponsesPanel';
import { ServqualPanel } from './servqual/ServqualPanel';
import { SurveyError } from './SurveyError';
import type { PlaceFilter } from './SurveyFilters';
import { SURVEY_TABS, surveyTabHref, useSurveyTab } from './surveysRoute';
import './surveys.css';

const loadOutlets = () => call('ref.options', { kind: 'outlets', limit: 1000 });

/** CSAT/NPS/CES responses with their figures, and SERVQUAL questionnaires with their gaps; one period and outlet for both. */
export function SurveysView() {
  const { t } = useTranslation();
  const tab = useSurveyTab();
  const loadCoverage = useCallback(() => call('surveys.coverage', {}), []);
  const coverage = useResource(loadCoverage);
  const outlets = useResource(loadOutlets);
  // The latest year with answers is the default: a manager looks at this year first.
  const [chosen, setFilter] = useState<PlaceFilter | null>(null);
  const filter: PlaceFilter = chosen ?? { period: coverage.status === 'ready' && coverage.data.lastDay ? coverage.data.lastDay.slice(0, 4) : '', outletId: '' };
  const changed = () => coverage.reload();

  return (
    <>
      <PageHeader title={t('areas.surveys.title')}>
        <nav className="area-tabs" aria-label={t('surveys.tabs.label')}>
          {SURVEY_TABS.map((s) => (
            <a key={s} className="area-tabs__tab" href={surveyTabHref(s)} aria-current={tab === s ? 'page' : undefined}>
              {t(`surveys.tabs.${s}`)}
            </a>
          ))}
        </nav>
      </PageHeader>
      {coverage.status === 'error' && <SurveyError title={t('surveys.loadFailed')} error={coverage.error} />}
      {outlets.status === 'error' && <SurveyError title={t('surveys.loadFailed')} error={outlets.error} />}
      {coverage.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {coverage.status === 'ready' && outlets.status === 'ready' && (
        <>
          {tab === 'responses' && (
            <ResponsesPanel filter={filter} onFilter={setFilter} coverage={coverage.data} outlets={outlets.data} onChanged={changed} />
          )}
          {tab === 'servqual' && (
            <ServqualPanel filter={filter} onFilter={setFilter} coverage={coverage.data} outlets={outlets.data} onChanged={changed} />
          )}
        </>
      )}
    </>
  );
}

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../../../shared/domain/enums';
import type { SurveyCoverage, SurveyFilter, SurveyGroup, SurveyResponse } from '../../../../../shared/schemas/surveys';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import type { Outlet } from '../SurveyFilters';
import { ConfirmDelete } from '../ConfirmDelete';
import { ImportDialog } from '../ImportDialog';
import { SurveyError } from '../SurveyError';
import { SurveyFilters, toFilter, type PlaceFilter } from '../SurveyFilters';
import { FigureTiles } from './FigureTiles';
import { ResponseDialog } from './ResponseDialog';
import { ResponsesGrid } from './ResponsesGrid';
import { SummaryTable } from './SummaryTable';

type Dialog = { kind: 'add' } | { kind: 'edit'; response: SurveyResponse } | { kind: 'delete'; response: SurveyResponse } | { kind: 'import' };

/** CSAT, NPS and CES: the period's figures, a breakdown, and every response in a grid, with entry and import. */
export function ResponsesPanel({
  filter,
  onFilter,
  coverage,
  outlets,
  onChanged,
}: {
  filter: PlaceFilter;
  onFilter: (f: PlaceFilter) => void;
  coverage: SurveyCoverage;
  outlets: readonly Outlet[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState('');
  const [link, setLink] = useState('');
  const [groupBy, setGroupBy] = useState<SurveyGroup>('outlet');
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<SurveyResponse | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [gridError, setGridError] = useState<ApiError | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const query: SurveyFilter = useMemo(
    () => ({
      ...toFilter(filter),
      ...(channel ? { channel: channel as SurveyFilter['channel'] } : {}),
      ...(link ? { link: link as 'ticket' | 'standalone' } : {}),
    }),
    [filter, channel, link],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` reloads the figures after a write
  const loadSummary = useCallback(() => call('surveys.summary', { filter: query, groupBy }), [query, groupBy, version]);
  const summary = useResource(loadSummary);
  const onGridError = useCallback((e: unknown) => setGridError(toApiError(e)), []);

  const written = () => {
    setDialog(null);
    setSelected(null);
    setVersion((v) => v + 1);
    onChanged();
  };

  return (
    <section className="survey-panel">
      <div className="survey-toolbar">
        <SurveyFilters value={filter} onChange={onFilter} firstDay={coverage.firstDay} lastDay={coverage.lastDay} outlets={outlets} />
        <label className="survey-filter">
          <span>{t('surveys.filters.channel')}</span>
          <select className="input" value={channel} onChange={(e) => setChannel(e.target.value)}>
            <option value="">{t('surveys.filters.allChannels')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`tickets.channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="survey-filter">
          <span>{t('surveys.filters.link')}</span>
          <select className="input" value={link} onChange={(e) => setLink(e.target.value)}>
            <option value="">{t('surveys.filters.allLinks')}</option>
            <option value="ticket">{t('surveys.filters.ticket')}</option>
            <option value="standalone">{t('surveys.filters.standalone')}</option>
          </select>
        </label>
        <span className="survey-toolbar__spacer" />
        <button type="button" className="button" onClick={() => setDialog({ kind: 'import' })}>
          {t('surveys.import.open')}
        </button>
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'add' })}>
          {t('surveys.responses.add')}
        </button>
      </div>

      {summary.status === 'error' && <SurveyError title={t('surveys.loadFailed')} error={summary.error} />}
      {summary.status === 'ready' && <FigureTiles figures={summary.data.total} />}
      {coverage.responses === 0 ? (
        <section className="empty-state" data-testid="survey-responses-empty">
          <p className="empty-state__summary">{t('surveys.responses.empty')}</p>
        </section>
      ) : (
        <>
          {summary.status === 'ready' && summary.data.total.responses > 0 && <SummaryTable summary={summary.data} groupBy={groupBy} onGroupBy={setGroupBy} />}
          <section className="card survey-card" aria-labelledby="survey-responses-title">
            <div className="card__heading-row">
              <h2 id="survey-responses-title" className="card__title">
                {t('surveys.responses.title')}
              </h2>
              {total !== null && <span className="muted">{t('surveys.responses.count', { count: total })}</span>}
              <span className="survey-toolbar__spacer" />
              {!selected && <span className="muted">{t('surveys.responses.select')}</span>}
              <button type="button" className="button button--small" disabled={!selected} onClick={() => selected && setDialog({ kind: 'edit', response: selected })}>
                {t('surveys.responses.edit')}
              </button>
              <button type="button" className="button button--small" disabled={!selected} onClick={() => selected && setDialog({ kind: 'delete', response: selected })}>
                {t('surveys.responses.delete')}
              </button>
            </div>
            {gridError && <SurveyError title={t('surveys.loadFailed')} error={gridError} />}
            {total === 0 && <p className="muted">{t('surveys.responses.emptyFiltered')}</p>}
            <ResponsesGrid filter={query} version={version} onSelect={setSelected} onTotal={setTotal} onError={onGridError} />
          </section>
        </>
      )}

      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <ResponseDialog response={dialog.kind === 'edit' ? dialog.response : null} outlets={outlets} onClose={() => setDialog(null)} onSaved={written} />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDelete
          title={t('surveys.responses.delete')}
          question={t('surveys.responses.confirmDelete', { day: dialog.response.respondedOn })}
          onDelete={() => call('surveys.responses.delete', { id: dialog.response.id })}
          onClose={(deleted) => (deleted ? written() : setDialog(null))}
        />
      )}
      {dialog?.kind === 'import' && <ImportDialog kind="responses" onClose={() => setDialog(null)} onImported={() => { setVersion((v) => v + 1); onChanged(); }} />}
    </section>
  );
}

import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveySource } from '../../../../../shared/domain/surveys';
import type { ServqualDetail, ServqualHead, SurveyCoverage } from '../../../../../shared/schemas/surveys';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { gridTheme } from '../../../components/gridTheme';
import { trainingGridLocale } from '../../training/grid';
import type { Outlet } from '../SurveyFilters';
import { ConfirmDelete } from '../ConfirmDelete';
import { ImportDialog } from '../ImportDialog';
import { SurveyError } from '../SurveyError';
import { SurveyFilters, toFilter, type PlaceFilter } from '../SurveyFilters';
import { ItemTable } from './ItemTable';
import { ServqualCharts } from './ServqualCharts';
import { ServqualDialog } from './ServqualDialog';

type Dialog = { kind: 'add' } | { kind: 'edit'; questionnaire: ServqualDetail } | { kind: 'delete'; head: ServqualHead } | { kind: 'import' };

/** SERVQUAL: gaps by dimension (radar and bars) and by item for a period and outlet, and the questionnaires behind them. */
export function ServqualPanel({
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
  const { t, i18n } = useTranslation();
  const localeText = useMemo(() => trainingGridLocale(t), [t]);
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<ServqualHead | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [openFailure, setOpenFailure] = useState<ApiError | null>(null);
  const query = useMemo(() => toFilter(filter), [filter]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` reloads after a write
  const loadSummary = useCallback(() => call('surveys.servqual.summary', { filter: query }), [query, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` reloads after a write
  const loadList = useCallback(() => call('surveys.servqual.list', { filter: query }), [query, version]);
  const summary = useResource(loadSummary);
  const list = useResource(loadList);

  const written = () => {
    setDialog(null);
    setSelected(null);
    setVersion((v) => v + 1);
    onChanged();
  };
  const edit = async () => {
    if (!selected) return;
    try {
      setDialog({ kind: 'edit', questionnaire: await call('surveys.servqual.get', { id: selected.id }) });
    } catch (err) {
      setOpenFailure(toApiError(err));
    }
  };

  const columns = useMemo<ColDef<ServqualHead>[]>(() => {
    const number = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    return [
      { field: 'respondedOn', headerName: t('surveys.servqual.respondedOn'), width: 120, sortable: true },
      { field: 'outletName', headerName: t('surveys.servqual.outlet'), flex: 1, minWidth: 140, sortable: true },
      { field: 'respondent', headerName: t('surveys.servqual.respondent'), width: 130 },
      {
        field: 'gap',
        headerName: t('surveys.servqual.overall'),
        width: 120,
        type: 'numericColumn',
        sortable: true,
        valueFormatter: ({ value }) => (value === null || value === undefined ? t('surveys.figures.none') : number.format(value as number)),
        cellClassRules: { 'servqual-gap--short': ({ value }) => typeof value === 'number' && value < 0 },
      },
      { field: 'source', headerName: t('surveys.servqual.source'), width: 100, valueFormatter: ({ value }) => t(`surveys.sources.${value as SurveySource}`) },
    ];
  }, [t, i18n.language]);

  return (
    <section className="survey-panel">
      <div className="survey-toolbar">
        <SurveyFilters value={filter} onChange={onFilter} firstDay={coverage.firstDay} lastDay={coverage.lastDay} outlets={outlets} />
        <span className="survey-toolbar__spacer" />
        <button type="button" className="button" onClick={() => setDialog({ kind: 'import' })}>
          {t('surveys.import.open')}
        </button>
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'add' })}>
          {t('surveys.servqual.add')}
        </button>
      </div>
      <p className="muted servqual-intro">{t('surveys.servqual.intro')}</p>
      {summary.status === 'error' && <SurveyError title={t('surveys.loadFailed')} error={summary.error} />}
      {list.status === 'error' && <SurveyError title={t('surveys.loadFailed')} error={list.error} />}
      {openFailure && <SurveyError title={t('surveys.loadFailed')} error={openFailure} />}
      {summary.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {summary.status === 'ready' && summary.data.responses === 0 && (
        <section className="empty-state" data-testid="servqual-empty">
          <p className="empty-state__summary">{t(coverage.servqual === 0 ? 'surveys.servqual.empty' : 'surveys.servqual.emptyFiltered')}</p>
        </section>
      )}
      {summary.status === 'ready' && summary.data.responses > 0 && (
        <>
          <ServqualCharts summary={summary.data} />
          <ItemTable items={summary.data.items} />
        </>
      )}
      {list.status === 'ready' && list.data.length > 0 && (
        <section className="card survey-card" aria-labelledby="servqual-list-title">
          <div className="card__heading-row">
            <h2 id="servqual-list-title" className="card__title">
              {t('surveys.servqual.listTitle')}
            </h2>
            <span className="muted">{t('surveys.servqual.responses', { count: summary.status === 'ready' ? summary.data.responses : list.data.length })}</span>
            {summary.status === 'ready' && summary.data.responses > list.data.length && (
              <span className="muted">{t('surveys.servqual.newest', { shown: list.data.length })}</span>
            )}
            <span className="survey-toolbar__spacer" />
            {!selected && <span className="muted">{t('surveys.responses.select')}</span>}
            <button type="button" className="button button--small" disabled={!selected} onClick={() => void edit()}>
              {t('surveys.servqual.edit')}
            </button>
            <button type="button" className="button button--small" disabled={!selected} onClick={() => selected && setDialog({ kind: 'delete', head: selected })}>
              {t('surveys.servqual.delete')}
            </button>
          </div>
          <div className="survey-grid survey-grid--list" data-testid="servqual-list">
            <AgGridReact<ServqualHead>
              theme={gridTheme}
              localeText={localeText}
              rowData={list.data}
              columnDefs={columns}
              getRowId={({ data }) => String(data.id)}
              rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
              onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
            />
          </div>
        </section>
      )}

      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <ServqualDialog questionnaire={dialog.kind === 'edit' ? dialog.questionnaire : null} outlets={outlets} onClose={() => setDialog(null)} onSaved={written} />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDelete
          title={t('surveys.servqual.delete')}
          question={t('surveys.servqual.confirmDelete', { day: dialog.head.respondedOn })}
          onDelete={() => call('surveys.servqual.delete', { id: dialog.head.id })}
          onClose={(deleted) => (deleted ? written() : setDialog(null))}
        />
      )}
      {dialog?.kind === 'import' && <ImportDialog kind="servqual" onClose={() => setDialog(null)} onImported={() => { setVersion((v) => v + 1); onChanged(); }} />}
    </section>
  );
}

import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../../../shared/schemas/training-plans';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { gridTheme } from '../../../components/gridTheme';
import { trainingGridLocale } from '../grid';
import { planHref } from '../trainingRoute';
import { TrainingError } from '../TrainingError';
import { PlanDialog } from './PlanDialog';

const loadPlans = () => call('training.plans.list', {});

/** Improvement plans of low performers, running ones first; Enter or a double click opens one. */
export function PlansPanel() {
  const { t } = useTranslation();
  const localeText = useMemo(() => trainingGridLocale(t), [t]);
  const plans = useResource(loadPlans);
  const [creating, setCreating] = useState(false);
  const columns = useMemo<ColDef<PlanSummary>[]>(
    () => [
      {
        colId: 'staff',
        headerName: t('training.plans.staff'),
        flex: 1,
        minWidth: 130,
        valueGetter: ({ data }) => (data ? `${data.employeeNo} ${data.staffName}` : ''),
        cellRenderer: ({ data, value }: { data?: PlanSummary; value: string }) =>
          data ? <a href={planHref(data.id)} aria-label={t('training.plans.open', { name: data.staffName })}>{value}</a> : null,
      },
      { field: 'outletName', headerName: t('training.grid.outlet'), flex: 1, minWidth: 100, valueFormatter: ({ value }) => (value as string | null) ?? t('training.none') },
      { field: 'mentorName', headerName: t('training.plans.mentor'), width: 84, valueFormatter: ({ value }) => (value as string | null) ?? t('training.none') },
      { field: 'reason', headerName: t('training.plans.reason'), flex: 2, minWidth: 120, tooltipField: 'reason' },
      { field: 'startOn', headerName: t('training.plans.startOn'), width: 106 },
      { colId: 'state', headerName: t('training.plans.state'), width: 90, valueGetter: ({ data }) => (data ? t(`training.plans.states.${data.state}`) : '') },
      { colId: 'goalsMet', headerName: t('training.plans.goalsMet'), headerTooltip: t('training.plans.goalsMet'), width: 86, valueGetter: ({ data }) => (data ? `${data.goalsMet} / 3` : '') },
      { field: 'checkins', headerName: t('training.plans.checkins'), headerTooltip: t('training.plans.checkins'), width: 84, type: 'numericColumn' },
      { field: 'lastCheckinOn', headerName: t('training.plans.lastCheckin'), headerTooltip: t('training.plans.lastCheckin'), width: 108, valueFormatter: ({ value }) => (value as string | null) ?? t('training.none') },
    ],
    [t],
  );
  return (
    <section className="training-panel">
      <div className="training-toolbar">
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>{t('training.plans.new')}</button>
      </div>
      {plans.status === 'error' && <TrainingError title={t('training.loadFailed')} error={plans.error} />}
      {plans.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {plans.status === 'ready' && plans.data.length === 0 && (
        <section className="empty-state"><p className="empty-state__summary">{t('training.plans.empty')}</p></section>
      )}
      {plans.status === 'ready' && plans.data.length > 0 && (
        <div className="training-grid training-grid--list">
          <AgGridReact<PlanSummary>
            theme={gridTheme}
            localeText={localeText}
            rowData={plans.data}
            columnDefs={columns}
            getRowId={({ data }) => String(data.id)}
            onRowDoubleClicked={({ data }) => {
              if (data) window.location.hash = planHref(data.id);
            }}
            onCellKeyDown={({ event, data }) => {
              if (data && event instanceof KeyboardEvent && event.key === 'Enter') window.location.hash = planHref(data.id);
            }}
          />
        </div>
      )}
      {creating && <PlanDialog plan={null} onClose={() => setCreating(false)} onSaved={(p) => { window.location.hash = planHref(p.id); }} />}
    </section>
  );
}

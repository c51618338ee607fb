import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffRole } from '../../../../../shared/domain/enums';
import { MATRIX_STATES, type Matrix } from '../../../../../shared/schemas/training';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { gridTheme } from '../../../components/gridTheme';
import { trainingGridLocale } from '../grid';
import { StatusBadge } from '../StatusBadge';
import { TrainingError } from '../TrainingError';
import { ExpiringDaysField } from './ExpiringDaysField';
import { KpiPanel } from './KpiPanel';
import { RequirementsDialog } from './RequirementsDialog';

type Row = Matrix['rows'][number];

const loadTeams = () => call('ref.options', { kind: 'teams', limit: 1000 });
const loadOutlets = () => call('ref.options', { kind: 'outlets', limit: 1000 });
const loadSettings = () => call('training.settings.get', {});
const loadCourses = () => call('training.courses.list', {});

/** Staff × required courses, filterable by outlet, team and role; then the KPIs per outlet or team. */
export function MatrixPanel() {
  const { t } = useTranslation();
  // Stable props: AG Grid re-applies an option whose object identity changes.
  const localeText = useMemo(() => trainingGridLocale(t), [t]);
  const [outletId, setOutletId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [role, setRole] = useState<StaffRole | ''>('');
  const [editing, setEditing] = useState(false);
  const teams = useResource(loadTeams);
  const outlets = useResource(loadOutlets);
  const settings = useResource(loadSettings);
  const courses = useResource(loadCourses);
  const load = useCallback(
    () =>
      call('training.matrix', {
        ...(outletId ? { outletId: Number(outletId) } : {}),
        ...(teamId ? { teamId: Number(teamId) } : {}),
        ...(role ? { role } : {}),
      }),
    [outletId, teamId, role],
  );
  const matrix = useResource(load);

  const columns = useMemo<ColDef<Row>[]>(() => {
    if (matrix.status !== 'ready') return [];
    return [
      { field: 'employeeNo', headerName: t('training.certificates.employeeNo'), headerTooltip: t('training.certificates.employeeNo'), width: 110, pinned: 'left' },
      { field: 'name', headerName: t('training.matrix.staff'), width: 90, pinned: 'left' },
      { colId: 'role', headerName: t('training.matrix.role'), width: 110, valueGetter: ({ data }) => (data ? t(`training.roles.${data.role}`) : '') },
      { field: 'teamName', headerName: t('training.matrix.team'), width: 124 },
      ...matrix.data.courses.map(
        (c): ColDef<Row> => ({
          colId: `course-${c.id}`,
          headerName: c.name,
          headerTooltip: `${c.code} ${c.name}`,
          width: 116,
          wrapHeaderText: true,
          autoHeaderHeight: true,
          valueGetter: ({ data }) => data?.cells[String(c.id)]?.state ?? null,
          cellRenderer: ({ data }: { data?: Row }) => {
            const cell = data?.cells[String(c.id)];
            if (!cell) return <span className="muted" title={t('training.matrix.notRequired')} aria-label={t('training.matrix.notRequired')}>{t('training.none')}</span>;
            return (
              <span title={cell.expiresOn ?? undefined}>
                <StatusBadge state={cell.state} />
              </span>
            );
          },
        }),
      ),
    ];
  }, [matrix, t]);

  return (
    <section className="training-panel">
      <div className="training-toolbar training-toolbar--wrap">
        <label className="training-filter">
          <span>{t('training.matrix.outlet')}</span>
          <select className="input" value={outletId} onChange={(e) => setOutletId(e.target.value)}>
            <option value="">{t('training.matrix.all')}</option>
            {outlets.status === 'ready' && outlets.data.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <label className="training-filter">
          <span>{t('training.matrix.team')}</span>
          <select className="input" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">{t('training.matrix.all')}</option>
            {teams.status === 'ready' && teams.data.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <label className="training-filter">
          <span>{t('training.matrix.role')}</span>
          <select className="input" value={role} onChange={(e) => setRole(e.target.value as StaffRole | '')}>
            <option value="">{t('training.matrix.all')}</option>
            {STAFF_ROLES.map((r) => <option key={r} value={r}>{t(`training.roles.${r}`)}</option>)}
          </select>
        </label>
        {settings.status === 'ready' && <ExpiringDaysField value={settings.data.expiringDays} onSaved={() => { settings.reload(); matrix.reload(); }} />}
        <button type="button" className="button" disabled={settings.status !== 'ready' || courses.status !== 'ready'} onClick={() => setEditing(true)}>
          {t('training.matrix.requirements')}
        </button>
      </div>
      <p className="matrix-legend">
        <span className="muted">{t('training.matrix.legend')}</span>
        {MATRIX_STATES.map((s) => <StatusBadge key={s} state={s} />)}
      </p>
      {matrix.status === 'error' && <TrainingError title={t('training.loadFailed')} error={matrix.error} />}
      {matrix.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {matrix.status === 'ready' && matrix.data.courses.length === 0 && (
        <section className="empty-state"><p className="empty-state__summary">{t(settings.status === 'ready' && settings.data.requirements.length === 0 ? 'training.matrix.noRequirements' : 'training.matrix.empty')}</p></section>
      )}
      {matrix.status === 'ready' && matrix.data.courses.length > 0 && (
        <>
          <p className="muted">{t('training.matrix.count', { shown: matrix.data.rows.length, total: matrix.data.total })}</p>
          <div className="training-grid training-grid--matrix">
            <AgGridReact<Row> theme={gridTheme} localeText={localeText} rowData={matrix.data.rows} columnDefs={columns} getRowId={({ data }) => String(data.staffId)} />
          </div>
        </>
      )}
      <KpiPanel />
      {editing && settings.status === 'ready' && courses.status === 'ready' && (
        <RequirementsDialog
          courses={courses.data}
          settings={settings.data}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            settings.reload();
            matrix.reload();
          }}
        />
      )}
    </section>
  );
}

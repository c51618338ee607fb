import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../../shared/schemas/training';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { gridTheme } from '../../../components/gridTheme';
import { trainingGridLocale } from '../grid';
import { sessionHref } from '../trainingRoute';
import { TrainingError } from '../TrainingError';
import { SessionDialog } from './SessionDialog';

const loadSessions = () => call('training.sessions.list', {});
const loadCourses = () => call('training.courses.list', {});

/** Every session, newest first; Enter or a double click opens one (roster and score grid). */
export function SessionsPanel() {
  const { t } = useTranslation();
  // Stable props: AG Grid re-applies an option whose object identity changes.
  const localeText = useMemo(() => trainingGridLocale(t), [t]);
  const sessions = useResource(loadSessions);
  const courses = useResource(loadCourses);
  const [creating, setCreating] = useState(false);

  const columns = useMemo<ColDef<SessionSummary>[]>(
    () => [
      {
        colId: 'dates',
        headerName: t('training.sessions.dates'),
        width: 156,
        sort: 'desc',
        // Starts with the first day, so it sorts by it.
        valueGetter: ({ data }) => (data ? (data.endOn === data.startOn ? data.startOn : `${data.startOn} – ${data.endOn.slice(5)}`) : ''),
      },
      {
        field: 'courseName',
        headerName: t('training.sessions.course'),
        flex: 2,
        minWidth: 140,
        tooltipValueGetter: ({ data }) => (data ? t(`training.courseTypes.${data.courseType}`) : ''),
        cellRenderer: ({ data }: { data?: SessionSummary }) =>
          data ? <a href={sessionHref(data.id)} aria-label={t('training.sessions.open', { name: `${data.courseName} ${data.startOn}` })}>{data.courseName}</a> : null,
      },
      { field: 'hours', headerName: t('training.sessions.hours'), width: 70, type: 'numericColumn' },
      { field: 'enrolled', headerName: t('training.sessions.enrolled'), width: 88, type: 'numericColumn' },
      { field: 'attended', headerName: t('training.sessions.attended'), width: 90, type: 'numericColumn' },
      { field: 'passed', headerName: t('training.sessions.passed'), width: 80, type: 'numericColumn' },
      { field: 'failed', headerName: t('training.sessions.failed'), width: 78, type: 'numericColumn' },
      { field: 'trainerName', headerName: t('training.sessions.trainer'), width: 90, valueFormatter: ({ value }) => (value as string | null) ?? t('training.none') },
      { field: 'location', headerName: t('training.sessions.location'), flex: 1, minWidth: 100, tooltipField: 'location' },
    ],
    [t],
  );

  const noCourses = courses.status === 'ready' && courses.data.length === 0;
  return (
    <section className="training-panel">
      <div className="training-toolbar">
        <button type="button" className="button button--primary" disabled={courses.status !== 'ready' || noCourses} onClick={() => setCreating(true)}>
          {t('training.sessions.new')}
        </button>
        {noCourses && <p className="muted">{t('training.sessions.noCourses')}</p>}
      </div>
      {sessions.status === 'error' && <TrainingError title={t('training.loadFailed')} error={sessions.error} />}
      {courses.status === 'error' && <TrainingError title={t('training.loadFailed')} error={courses.error} />}
      {sessions.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {sessions.status === 'ready' && sessions.data.length === 0 && (
        <section className="empty-state"><p className="empty-state__summary">{t('training.sessions.empty')}</p></section>
      )}
      {sessions.status === 'ready' && sessions.data.length > 0 && (
        <div className="training-grid training-grid--list">
          <AgGridReact<SessionSummary>
            theme={gridTheme}
            localeText={localeText}
            rowData={sessions.data}
            columnDefs={columns}
            getRowId={({ data }) => String(data.id)}
            onRowDoubleClicked={({ data }) => {
              if (data) window.location.hash = sessionHref(data.id);
            }}
            onCellKeyDown={({ event, data }) => {
              if (data && event instanceof KeyboardEvent && event.key === 'Enter') window.location.hash = sessionHref(data.id);
            }}
          />
        </div>
      )}
      {creating && courses.status === 'ready' && (
        <SessionDialog
          courses={courses.data}
          session={null}
          onClose={() => setCreating(false)}
          onSaved={(s) => {
            window.location.hash = sessionHref(s.id);
          }}
        />
      )}
    </section>
  );
}

import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../../../../shared/schemas/training';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert } from '../../../components/Alert';
import { gridTheme } from '../../../components/gridTheme';
import { trainingGridLocale } from '../grid';
import { courseEffectHref } from '../trainingRoute';
import { TrainingError } from '../TrainingError';
import { CourseDialog } from './CourseDialog';

const loadCourses = () => call('training.courses.list', {});

/** The curriculum: every course with its parts and pass marks; create, edit, delete (while it has no sessions). */
export function CoursesPanel() {
  const { t } = useTranslation();
  // Stable props: AG Grid re-applies an option whose object identity changes.
  const localeText = useMemo(() => trainingGridLocale(t), [t]);
  const courses = useResource(loadCourses);
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const remove = async (course: Course) => {
    if (!window.confirm(t('training.courses.deleteConfirm', { name: course.name }))) return;
    setFailure(null);
    try {
      await call('training.courses.delete', { id: course.id });
      courses.reload();
    } catch (err) {
      setFailure(toApiError(err));
    }
  };

  const columns = useMemo<ColDef<Course>[]>(
    () => [
      { field: 'code', headerName: t('training.courses.code'), width: 110 },
      { field: 'name', headerName: t('training.courses.name'), flex: 2, minWidth: 150, tooltipField: 'name' },
      { colId: 'type', headerName: t('training.courses.type'), valueGetter: ({ data }) => (data ? t(`training.courseTypes.${data.type}`) : ''), flex: 1, minWidth: 120, tooltipValueGetter: ({ value }) => value as string },
      { colId: 'tier', headerName: t('training.courses.tier'), valueGetter: ({ data }) => (data ? t(`training.tiers.${data.tier}`) : ''), width: 100 },
      { field: 'durationDays', headerName: t('training.courses.durationDays'), headerTooltip: t('training.courses.durationDays'), width: 96, type: 'numericColumn' },
      {
        colId: 'validity',
        headerName: t('training.courses.validityMonths'),
        headerTooltip: t('training.courses.validityMonths'),
        valueGetter: ({ data }) => (data ? (data.validityMonths === null ? t('training.courses.never') : String(data.validityMonths)) : ''),
        width: 120,
      },
      {
        colId: 'parts',
        headerName: t('training.courses.parts'),
        valueGetter: ({ data }) => data?.parts.map((p) => t('training.courses.partsSummary', p)).join(' · ') ?? '',
        flex: 2,
        minWidth: 170,
        tooltipValueGetter: ({ value }) => value as string,
      },
      { field: 'sessions', headerName: t('training.courses.sessions'), width: 80, type: 'numericColumn' },
      { colId: 'active', headerName: t('training.courses.active'), valueGetter: ({ data }) => (data?.active ? t('training.courses.active') : t('training.courses.inactive')), width: 90 },
      {
        colId: 'actions',
        headerName: '',
        width: 170,
        pinned: 'right',
        sortable: false,
        cellRenderer: ({ data }: { data?: Course }) =>
          data ? (
            <span className="training-row-actions">
              <button type="button" className="button button--small" onClick={() => setEditing(data)}>{t('training.courses.edit')}</button>
              {data.sessions > 0 && (
                <a className="button button--small" href={courseEffectHref(data.id)} aria-label={`${t('training.effect.open')} ${data.name}`}>
                  {t('training.effect.open')}
                </a>
              )}
              {data.sessions === 0 && (
                <button type="button" className="button button--small" aria-label={`${t('training.courses.delete')} ${data.name}`} onClick={() => void remove(data)}>
                  {t('training.grid.remove')}
                </button>
              )}
            </span>
          ) : null,
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- remove only closes over stable setters and reload
    [t],
  );

  return (
    <section className="training-panel">
      <div className="training-toolbar">
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>{t('training.courses.new')}</button>
      </div>
      {notice && <Alert tone="success" onDismiss={() => setNotice(null)}>{notice}</Alert>}
      {failure && <TrainingError title={t('training.deleteFailed')} error={failure} onDismiss={() => setFailure(null)} />}
      {courses.status === 'error' && <TrainingError title={t('training.loadFailed')} error={courses.error} />}
      {courses.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {courses.status === 'ready' && courses.data.length === 0 && (
        <section className="empty-state"><p className="empty-state__summary">{t('training.courses.empty')}</p></section>
      )}
      {courses.status === 'ready' && courses.data.length > 0 && (
        <div className="training-grid training-grid--list">
          <AgGridReact<Course>
            theme={gridTheme}
            localeText={localeText}
            rowData={courses.data}
            columnDefs={columns}
            getRowId={({ data }) => String(data.id)}
            onRowDoubleClicked={({ data }) => data && setEditing(data)}
          />
        </div>
      )}
      {editing && (
        <CourseDialog
          course={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('training.courses.saved'));
            courses.reload();
          }}
        />
      )}
    </section>
  );
}

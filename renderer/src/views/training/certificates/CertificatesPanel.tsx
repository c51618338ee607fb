import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Certificate, CertificateStatus } from '../../../../../shared/schemas/training';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { gridTheme } from '../../../components/gridTheme';
import { trainingGridLocale } from '../grid';
import { StatusBadge } from '../StatusBadge';
import { sessionHref } from '../trainingRoute';
import { TrainingError } from '../TrainingError';

type Filter = 'all' | 'due' | CertificateStatus;
const FILTERS: readonly Filter[] = ['all', 'due', 'valid', 'expiring', 'expired'];

/** Everyone's current certificates with today's status; "re-training due" lists the expiring and expired ones. */
export function CertificatesPanel() {
  const { t } = useTranslation();
  // Stable props: AG Grid re-applies an option whose object identity changes.
  const localeText = useMemo(() => trainingGridLocale(t), [t]);
  const [filter, setFilter] = useState<Filter>('all');
  const [courseId, setCourseId] = useState('');
  const load = useCallback(() => call('training.certificates.list', {}), []);
  const certificates = useResource(load);
  const shown = useMemo(() => {
    if (certificates.status !== 'ready') return [];
    const ofCourse = courseId ? certificates.data.filter((c) => String(c.courseId) === courseId) : certificates.data;
    if (filter === 'all') return ofCourse;
    if (filter === 'due') return ofCourse.filter((c) => c.status !== 'valid');
    return ofCourse.filter((c) => c.status === filter);
  }, [certificates, filter, courseId]);
  const courses = useMemo(
    () => (certificates.status === 'ready' ? [...new Map(certificates.data.map((c) => [c.courseId, c.courseName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'zh-CN')) : []),
    [certificates],
  );

  const columns = useMemo<ColDef<Certificate>[]>(
    () => [
      { field: 'employeeNo', headerName: t('training.certificates.employeeNo'), width: 116, headerTooltip: t('training.certificates.employeeNo') },
      { field: 'staffName', headerName: t('training.certificates.staff'), width: 90 },
      { field: 'outletName', headerName: t('training.certificates.outlet'), flex: 1, minWidth: 130 },
      {
        field: 'courseName',
        headerName: t('training.certificates.course'),
        flex: 1,
        minWidth: 150,
        cellRenderer: ({ data }: { data?: Certificate }) => (data ? <a href={sessionHref(data.sessionId)}>{data.courseName}</a> : null),
      },
      { field: 'issuedOn', headerName: t('training.certificates.issuedOn'), width: 110 },
      { field: 'expiresOn', headerName: t('training.certificates.expiresOn'), width: 120, valueFormatter: ({ value }) => (value as string | null) ?? t('training.courses.never') },
      { field: 'daysLeft', headerName: t('training.certificates.daysLeft'), width: 96, type: 'numericColumn', valueFormatter: ({ value }) => (value === null ? '' : String(value)) },
      { field: 'status', headerName: t('training.certificates.status'), width: 110, cellRenderer: ({ data }: { data?: Certificate }) => (data ? <StatusBadge state={data.status} /> : null) },
    ],
    [t],
  );

  return (
    <section className="training-panel">
      <div className="training-toolbar">
        <div className="segmented" role="group" aria-label={t('training.certificates.filter')}>
          {FILTERS.map((f) => (
            <button key={f} type="button" className="segmented__option" aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {f === 'all' || f === 'due' ? t(`training.certificates.${f}`) : t(`training.statuses.${f}`)}
            </button>
          ))}
        </div>
        <label className="training-inline-filter">
          <span>{t('training.certificates.course')}</span>
          <select className="input" value={courseId} onChange={(e) => setCourseId(e.target.value)}>
            <option value="">{t('training.matrix.all')}</option>
            {courses.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
        </label>
        {certificates.status === 'ready' && <span className="muted">{t('training.certificates.count', { count: shown.length })}</span>}
      </div>
      {certificates.status === 'error' && <TrainingError title={t('training.loadFailed')} error={certificates.error} />}
      {certificates.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {certificates.status === 'ready' && shown.length === 0 && (
        <section className="empty-state">
          <p className="empty-state__summary">{t(certificates.data.length === 0 ? 'training.certificates.empty' : 'training.certificates.emptyFiltered')}</p>
        </section>
      )}
      {certificates.status === 'ready' && shown.length > 0 && (
        <div className="training-grid training-grid--list">
          <AgGridReact<Certificate> theme={gridTheme} localeText={localeText} rowData={shown} columnDefs={columns} getRowId={({ data }) => String(data.id)} />
        </div>
      )}
    </section>
  );
}

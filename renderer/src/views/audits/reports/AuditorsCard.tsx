import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deviationOption } from '../../../../../shared/charts/audit-deviation';
import { LENIENCY_MIN_AUDITS, LENIENCY_POINTS } from '../../../../../shared/domain/calibration';
import type { AuditorMonthRow } from '../../../../../shared/schemas/audit-calibration';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { gridTheme } from '../../../components/gridTheme';
import { EChart } from '../../dashboard/EChart';
import { AuditsError } from '../AuditsError';
import { auditsGridLocale, formatScore } from '../grid';

// Long English headers ("Calibration deviation") wrap instead of being cut off.
const WRAPPED_HEADERS: ColDef<AuditorMonthRow> = { wrapHeaderText: true, autoHeaderHeight: true };
const signed = (v: number | null, none: string): string => (v === null ? none : `${v > 0 ? '+' : ''}${v.toFixed(1)}`);

/** Each auditor's months: workload, average given and the difference from peers on the same scorecard and month. */
export function AuditorsCard({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const none = t('audits.form.none');
  const localeText = useMemo(() => auditsGridLocale(t), [t]);
  const load = useCallback(() => call('audits.report.auditors', { from, to }), [from, to]);
  const rows = useResource(load);

  const columns = useMemo<ColDef<AuditorMonthRow>[]>(
    () => [
      { field: 'auditor', headerName: t('audits.reports.auditors.auditor'), pinned: 'left', width: 120 },
      { field: 'month', headerName: t('audits.reports.auditors.month'), width: 96 },
      { field: 'audits', headerName: t('audits.reports.auditors.audits'), minWidth: 100, flex: 1, type: 'numericColumn' },
      { field: 'average', headerName: t('audits.reports.auditors.average'), minWidth: 100, flex: 1, type: 'numericColumn', valueFormatter: ({ value }) => formatScore(value as number, none) },
      { field: 'comparable', headerName: t('audits.reports.auditors.comparable'), minWidth: 100, flex: 1, type: 'numericColumn', valueFormatter: ({ value }) => formatScore(value as number, none) },
      { field: 'difference', headerName: t('audits.reports.auditors.difference'), minWidth: 100, flex: 1, type: 'numericColumn', valueFormatter: ({ value }) => signed(value as number, none) },
      { field: 'calibration', headerName: t('audits.reports.auditors.calibration'), minWidth: 100, flex: 1, type: 'numericColumn', valueFormatter: ({ value }) => signed((value as number | null) ?? null, none) },
      {
        field: 'flag',
        headerName: t('audits.reports.auditors.flag'),
        width: 100,
        valueFormatter: ({ value }) => t(`audits.reports.auditors.flags.${value as AuditorMonthRow['flag']}`),
        cellClass: ({ value }) => (value === 'lenient' ? 'audits-cell--lenient' : value === 'strict' ? 'audits-cell--fail' : ''),
      },
    ],
    [t, none],
  );

  // The period's difference per auditor, weighted by audits, so a busy month counts for more than a quiet one.
  const option = useMemo(() => {
    if (rows.status !== 'ready') return null;
    const sums = new Map<string, { weighted: number; audits: number }>();
    for (const r of rows.data) {
      const s = sums.get(r.auditor) ?? { weighted: 0, audits: 0 };
      s.weighted += r.difference * r.audits;
      s.audits += r.audits;
      sums.set(r.auditor, s);
    }
    const list = [...sums].map(([name, s]) => ({ name, value: Math.round((s.weighted / s.audits) * 10) / 10 })).sort((a, b) => b.value - a.value);
    return deviationOption({ names: list.map((l) => l.name), values: list.map((l) => l.value), seriesName: t('audits.reports.auditors.chartName'), threshold: LENIENCY_POINTS });
  }, [rows, t]);

  return (
    <section className="audits-card">
      <h2 className="audits-card__title">{t('audits.reports.auditors.title')}</h2>
      <p className="muted">{t('audits.reports.auditors.rule', { points: LENIENCY_POINTS, min: LENIENCY_MIN_AUDITS })}</p>
      {rows.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={rows.error} />}
      {rows.status === 'ready' && rows.data.length === 0 && <p className="muted">{t('audits.reports.auditors.empty')}</p>}
      {rows.status === 'ready' && rows.data.length > 0 && option && (
        <>
          <EChart option={option} height={Math.max(160, 36 * new Set(rows.data.map((r) => r.auditor)).size + 40)} testId="auditor-leniency" label={t('audits.reports.auditors.chartLabel')} />
          <div className="audits-grid audits-grid--short" data-testid="auditor-months">
            <AgGridReact<AuditorMonthRow>
              theme={gridTheme}
              localeText={localeText}
              rowData={rows.data}
              columnDefs={columns}
              defaultColDef={WRAPPED_HEADERS}
              getRowId={({ data: r }) => `${r.auditor}\u0000${r.month}`}
            />
          </div>
        </>
      )}
    </section>
  );
}

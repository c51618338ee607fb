import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deviationOption } from '../../../../../shared/charts/audit-deviation';
import type { CalibrationAuditorResult, CalibrationItemResult, CalibrationResults } from '../../../../../shared/schemas/audit-calibration';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { gridTheme } from '../../../components/gridTheme';
import { EChart } from '../../dashboard/EChart';
import { AuditsError } from '../AuditsError';
import { auditsGridLocale, formatScore } from '../grid';

const WRAPPED_HEADERS = { wrapHeaderText: true, autoHeaderHeight: true };
const signed = (v: number | null, none: string): string => (v === null ? none : `${v > 0 ? '+' : ''}${v.toFixed(1)}`);
const percent = (v: number): string => `${Math.round(v * 100)}%`;

/** After the reveal: each auditor's score and deviation from the consensus, and the items with the least agreement first. */
export function CalibrationResultsView({ id }: { id: number }) {
  const { t } = useTranslation();
  const load = useCallback(() => call('audits.calibration.results', { id }), [id]);
  const results = useResource(load);
  if (results.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (results.status === 'error') return <AuditsError title={t('audits.loadFailed')} error={results.error} />;
  return <Results data={results.data} />;
}

function Results({ data }: { data: CalibrationResults }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const none = t('audits.calibration.results.unanswered');
  const localeText = useMemo(() => auditsGridLocale(t), [t]);
  const session = data.session;

  const answerText = useCallback(
    (item: CalibrationItemResult, answer: string | null): string => {
      if (answer === null) return t('audits.calibration.results.split');
      if (answer === '-') return none;
      if (answer === 'na') return t('audits.form.na');
      if (item.scale === 'yes_no') return answer === '1' ? t('audits.form.yes') : t('audits.form.no');
      return answer;
    },
    [t, none],
  );

  const auditorColumns = useMemo<ColDef<CalibrationAuditorResult>[]>(
    () => [
      { field: 'auditor', headerName: t('audits.calibration.results.auditor'), flex: 1, minWidth: 120 },
      { field: 'score', headerName: t('audits.calibration.results.score'), width: 100, type: 'numericColumn', valueFormatter: ({ value }) => formatScore((value as number | null) ?? null, none) },
      {
        field: 'deviation',
        headerName: t('audits.calibration.results.deviation'),
        width: 130,
        type: 'numericColumn',
        valueFormatter: ({ value }) => signed((value as number | null) ?? null, none),
      },
      {
        colId: 'matches',
        headerName: t('audits.calibration.results.matches'),
        width: 150,
        type: 'numericColumn',
        valueGetter: ({ data: r }) => (r ? t('audits.calibration.results.matchesValue', r) : ''),
      },
    ],
    [t, none],
  );

  const itemColumns = useMemo<ColDef<CalibrationItemResult>[]>(
    () => [
      { colId: 'item', headerName: t('audits.calibration.results.item'), flex: 2, minWidth: 200, valueGetter: ({ data: r }) => (r ? (en ? r.labelEn : r.labelZh) : '') },
      {
        field: 'agreement',
        headerName: t('audits.calibration.results.agreementColumn'),
        width: 100,
        type: 'numericColumn',
        valueFormatter: ({ value }) => percent(Number(value)),
        cellClass: ({ value }) => (Number(value) < 0.67 ? 'audits-cell--fail' : ''),
      },
      { colId: 'consensus', headerName: t('audits.calibration.results.consensusAnswer'), width: 120, valueGetter: ({ data: r }) => (r ? answerText(r, r.consensus) : '') },
      ...data.auditors.map(
        (a): ColDef<CalibrationItemResult> => ({
          colId: `a:${a.auditor}`,
          headerName: a.auditor,
          width: 96,
          valueGetter: ({ data: r }) => (r ? answerText(r, r.answers[a.auditor] ?? '-') : ''),
          cellClass: ({ data: r }) => (r && r.consensus !== null && r.answers[a.auditor] !== r.consensus ? 'calibration-cell--off' : ''),
        }),
      ),
    ],
    [t, en, data.auditors, answerText],
  );

  const option = useMemo(
    () =>
      deviationOption({
        names: data.auditors.map((a) => a.auditor),
        values: data.auditors.map((a) => a.deviation ?? 0),
        seriesName: t('audits.calibration.results.deviation'),
      }),
    [data.auditors, t],
  );

  return (
    <div className="calibration" data-testid="calibration-results">
      <section className="audits-card">
        <p className="muted">
          {`${session.ticketRef} · ${session.subject} · ${en ? session.templateNameEn : session.templateNameZh} · ${t('audits.form.version', { version: session.templateVersion })}`}
        </p>
        <dl className="calibration__figures">
          <div>
            <dt>{t('audits.calibration.results.consensus')}</dt>
            <dd data-testid="calibration-consensus">{formatScore(data.consensusScore, none)}</dd>
            <small className="muted">{t('audits.calibration.results.consensusHint')}</small>
          </div>
          <div>
            <dt>{t('audits.calibration.results.agreement')}</dt>
            <dd data-testid="calibration-agreement">{data.meanAgreement === null ? none : percent(data.meanAgreement)}</dd>
            <small className="muted">{t('audits.calibration.results.agreementHint')}</small>
          </div>
          <div>
            <dt>{t('audits.calibration.results.kappa')}</dt>
            <dd data-testid="calibration-kappa">{data.kappa === null ? t('audits.calibration.results.kappaNone') : data.kappa.toFixed(2)}</dd>
            <small className="muted">{t('audits.calibration.results.kappaHint')}</small>
          </div>
        </dl>
      </section>
      <section className="audits-card">
        <h2 className="audits-card__title">{t('audits.calibration.results.auditorsTitle')}</h2>
        <div className="calibration__auditor-results">
          <div className="audits-grid calibration__grid--auditors" data-testid="calibration-auditor-results">
            <AgGridReact<CalibrationAuditorResult>
              theme={gridTheme}
              localeText={localeText}
              rowData={data.auditors}
              columnDefs={auditorColumns}
              defaultColDef={WRAPPED_HEADERS}
              getRowId={({ data: r }) => r.auditor}
              domLayout="autoHeight"
            />
          </div>
          <EChart option={option} height={Math.max(140, 44 * data.auditors.length + 30)} testId="calibration-deviation" label={t('audits.calibration.results.chartLabel')} />
        </div>
      </section>
      <section className="audits-card">
        <h2 className="audits-card__title">{t('audits.calibration.results.itemsTitle')}</h2>
        <div className="audits-grid" data-testid="calibration-items">
          <AgGridReact<CalibrationItemResult>
            theme={gridTheme}
            localeText={localeText}
            rowData={data.items}
            columnDefs={itemColumns}
            getRowId={({ data: r }) => r.key}
          />
        </div>
      </section>
    </div>
  );
}

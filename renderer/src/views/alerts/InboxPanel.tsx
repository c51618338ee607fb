import { useCallback, useMemo, useState } from 'react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../../shared/schemas/alerts';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { gridTheme } from '../../components/gridTheme';
import { useLanguage } from '../../i18n/useLanguage';
import { go } from '../improvement/route';
import { formatInZone } from '../tickets/zonedTime';
import { AlertDetail } from './AlertDetail';
import { announceAlertsChanged } from './alertEvents';
import { conditionText, kpiValueText, scopeText } from './ruleText';

type Show = 'open' | 'all';

export const alertScopeText = (t: Parameters<typeof scopeText>[0], language: string, a: Alert): string =>
  scopeText(t, a.scope, language === 'en' && a.scopeNameEn ? a.scopeNameEn : a.scopeName);

const latest = (a: Alert) => a.periods[a.periods.length - 1];

/** The alerts in AG Grid (open ones first), and the one picked below it with its figures and follow-ups. */
export function InboxPanel({ selected, timeZone }: { selected: number | null; timeZone: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [show, setShow] = useState<Show>('open');
  const load = useCallback(
    () =>
      Promise.all([
        call('alerts.list', show === 'open' ? { states: ['new', 'acknowledged'] } : {}),
        call('alerts.summary', {}),
        call('alerts.rules.list', {}),
      ]),
    [show],
  );
  const data = useResource(load);
  const alerts = data.status === 'ready' ? data.data[0] : [];
  const summary = data.status === 'ready' ? data.data[1] : null;
  const ruleCount = data.status === 'ready' ? data.data[2].length : 0;
  const current = alerts.find((a) => a.id === selected) ?? null;

  const columns = useMemo<ColDef<Alert>[]>(
    () => [
      {
        field: 'state',
        headerName: t('alerts.columns.state'),
        width: 95,
        cellRenderer: (p: ICellRendererParams<Alert>) =>
          p.data ? (
            <span className={`alert-state alert-state--${p.data.state}`}>
              {t(`alerts.states.${p.data.state}`)}
            </span>
          ) : null,
      },
      {
        colId: 'rule',
        headerName: t('alerts.columns.rule'),
        flex: 2,
        minWidth: 160,
        valueGetter: (p) => (p.data ? conditionText(t, language, p.data.rule) : ''),
        tooltipValueGetter: (p) => (p.data ? conditionText(t, language, p.data.rule) : ''),
      },
      {
        colId: 'scope',
        headerName: t('alerts.columns.scope'),
        flex: 1,
        minWidth: 130,
        valueGetter: (p) => (p.data ? alertScopeText(t, language, p.data) : ''),
        tooltipValueGetter: (p) => (p.data ? alertScopeText(t, language, p.data) : ''),
      },
      {
        colId: 'value',
        headerName: t('alerts.columns.value'),
        width: 95,
        cellClass: 'numeric',
        valueGetter: (p) =>
          p.data ? kpiValueText(t, language, p.data.rule.kpi, latest(p.data)?.value ?? null) : '',
      },
      {
        colId: 'limit',
        headerName: t('alerts.columns.limit'),
        width: 90,
        cellClass: 'numeric',
        valueGetter: (p) =>
          p.data ? kpiValueText(t, language, p.data.rule.kpi, latest(p.data)?.limit ?? null) : '',
      },
      {
        colId: 'periods',
        headerName: t('alerts.columns.periods'),
        width: 150,
        valueGetter: (p) =>
          p.data
            ? p.data.firstPeriod === p.data.lastPeriod
              ? p.data.firstPeriod
              : t('alerts.detail.periodRange', { from: p.data.firstPeriod, to: p.data.lastPeriod })
            : '',
      },
      {
        field: 'raisedAt',
        headerName: t('alerts.columns.raisedAt'),
        width: 140,
        valueFormatter: (p) => (typeof p.value === 'number' ? formatInZone(language, timeZone, p.value) : ''),
      },
      {
        colId: 'links',
        headerName: t('alerts.columns.links'),
        width: 100,
        valueGetter: (p) =>
          p.data
            ? [
                p.data.worksheet ? t(`alerts.detail.linkKinds.${p.data.worksheet.kind}`) : null,
                p.data.cycle ? t('alerts.detail.linkKinds.pdca') : null,
                p.data.action ? t('alerts.detail.linkKinds.action') : null,
              ]
                .filter(Boolean)
                .join(t('common.listSeparator'))
            : '',
      },
    ],
    [t, language, timeZone],
  );

  const changed = () => {
    data.reload();
    announceAlertsChanged();
  };

  return (
    <>
      <div className="toolbar">
        <label className="field-inline">
          <span className="field-inline__label">{t('alerts.filter.label')}</span>
          <select className="input" value={show} onChange={(e) => setShow(e.target.value as Show)}>
            <option value="open">{t('alerts.filter.open')}</option>
            <option value="all">{t('alerts.filter.all')}</option>
          </select>
        </label>
        <button type="button" className="button" onClick={changed} disabled={data.reloading}>
          {t('alerts.refresh')}
        </button>
        {summary?.evaluatedAt != null && (
          <p className="toolbar__facts muted">
            {t('alerts.evaluatedAt', { time: formatInZone(language, timeZone, summary.evaluatedAt) })}
          </p>
        )}
      </div>
      {summary && !summary.evaluated && <p className="alerts-note">{t('alerts.notEvaluated')}</p>}
      {data.status === 'error' && <ErrorAlert title={t('alerts.loadFailed')} error={data.error} />}
      {data.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {data.status === 'ready' &&
        (alerts.length === 0 ? (
          <section className="empty-state" data-testid="alerts-empty">
            <div className="empty-state__icon">
              <Icon name="alerts" size={36} />
            </div>
            <p className="empty-state__summary">
              {ruleCount === 0
                ? t('alerts.inbox.noRules')
                : show === 'open'
                  ? t('alerts.inbox.empty')
                  : t('alerts.inbox.emptyAll')}
            </p>
            {ruleCount === 0 && (
              <a className="button button--primary" href="#/alerts/rules">
                {t('alerts.rules.newRule')}
              </a>
            )}
          </section>
        ) : (
          // Header, rows and borders of the grid theme (38 + 36 px each), up to twelve rows; longer lists scroll inside.
          <div
            className="alerts-grid"
            data-testid="alerts-grid"
            style={{ height: 44 + 36 * Math.min(alerts.length, 12) }}
          >
            <AgGridReact<Alert>
              theme={gridTheme}
              rowData={alerts}
              columnDefs={columns}
              getRowId={(p) => String(p.data.id)}
              rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
              onRowClicked={(e) => e.data && go(`alerts/${e.data.id}`)}
              onCellKeyDown={(e) => {
                if ((e.event as KeyboardEvent | null)?.key === 'Enter' && e.data) go(`alerts/${e.data.id}`);
              }}
              getRowClass={(p) => (p.data?.id === selected ? 'alerts-grid__row--current' : undefined)}
              aria-label={t('alerts.inbox.gridLabel')}
            />
          </div>
        ))}
      {data.status === 'ready' && alerts.length > 0 && !current && (
        <p className="muted">{t('alerts.inbox.pick')}</p>
      )}
      {current && <AlertDetail key={current.id} alert={current} timeZone={timeZone} onChanged={changed} />}
    </>
  );
}

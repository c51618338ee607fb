import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_CATALOG } from '../../../../shared/domain/kpi-catalog';
import { changeIsBetter, formatKpiChange, formatKpiValue } from '../../../../shared/charts/kpi-format';
import { sparklineOption } from '../../../../shared/charts/kpi-sparkline';
import { STATUS_COLOUR } from '../../../../shared/charts/palette';
import type { KpiValue } from '../../../../shared/schemas/kpi';
import { formatNumber } from '../../i18n/format';
import { Icon } from '../../components/Icon';
import { useLanguage } from '../../i18n/useLanguage';
import { EChart } from './EChart';

/**
 * One KPI: value against target with its status colour, change vs the previous period and the same period last
 * year, sparkline; a link to its tickets (or its area's records), and beside it a button that edits the target.
 * In a scope the KPI is not measured in, a plain tile that says so.
 */
export function KpiTile({
  kpi,
  measured,
  href,
  onEditTarget,
}: {
  kpi: KpiValue;
  measured: boolean;
  href: string;
  onEditTarget: () => void;
}) {
  if (!measured) return <UnmeasuredTile kpi={kpi} />;
  return <MeasuredTile kpi={kpi} href={href} onEditTarget={onEditTarget} />;
}

function UnmeasuredTile({ kpi }: { kpi: KpiValue }) {
  const { t } = useTranslation();
  const name = t(`kpi.defs.${kpi.id}.name`);
  const scopes = KPI_CATALOG[kpi.id].scopes
    .map((dim) => t(`kpi.scopeDims.${dim}`))
    .join(t('common.listSeparator'));
  return (
    <div className="kpi-tile-wrap">
      <div
        className="kpi-tile kpi-tile--none kpi-tile--unmeasured"
        data-testid={`kpi-tile-${kpi.id}`}
        title={t(`kpi.defs.${kpi.id}.definition`)}
      >
        <span className="kpi-tile__name">{name}</span>
        <span className="kpi-tile__value kpi-tile__value--muted">{t('kpi.dashboard.notMeasured')}</span>
        <span className="kpi-tile__base">{t('kpi.dashboard.notMeasuredHint', { scopes })}</span>
      </div>
    </div>
  );
}

function MeasuredTile({
  kpi,
  href,
  onEditTarget,
}: {
  kpi: KpiValue;
  href: string;
  onEditTarget: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const unit = t(`kpi.units.${KPI_CATALOG[kpi.id].unit}`);
  const format = (v: number) => formatKpiValue(kpi.id, v, language, unit);
  const name = t(`kpi.defs.${kpi.id}.name`);
  const better = kpi.change === null ? null : changeIsBetter(kpi.id, kpi.change);
  const spark = useMemo(
    () => sparklineOption(kpi.sparkline, STATUS_COLOUR[kpi.status === 'none' ? 'none' : kpi.status]),
    [kpi.sparkline, kpi.status],
  );
  return (
    <div className="kpi-tile-wrap">
      <a
        className={`kpi-tile kpi-tile--${kpi.status}`}
        href={href}
        data-testid={`kpi-tile-${kpi.id}`}
        title={t(`kpi.defs.${kpi.id}.definition`)}
        aria-label={`${name}: ${kpi.value === null ? t('kpi.dashboard.noData') : format(kpi.value)}, ${t(`kpi.status.${kpi.status}`)}. ${t(KPI_CATALOG[kpi.id].source === 'tickets' ? 'kpi.dashboard.tileDrill' : 'kpi.dashboard.areaDrill', { name })}`}
      >
        <span className="kpi-tile__name">{name}</span>
        <span className="kpi-tile__value numeric">{kpi.value === null ? '—' : format(kpi.value)}</span>
        <span className="kpi-tile__status">
          <span className="kpi-tile__dot" aria-hidden="true" />
          {kpi.target === null
            ? t('kpi.dashboard.noTarget')
            : `${t(`kpi.status.${kpi.status}`)} · ${t('kpi.dashboard.target', { value: format(kpi.target) })}`}
        </span>
        <span
          className={`kpi-tile__change${better === null ? '' : better ? ' kpi-tile__change--better' : ' kpi-tile__change--worse'}`}
        >
          {kpi.change === null
            ? t('kpi.dashboard.noChange')
            : t('kpi.dashboard.change', { value: formatKpiChange(kpi.id, kpi.change, language) })}
        </span>
        <span className="kpi-tile__base">
          {KPI_CATALOG[kpi.id].unit === 'count'
            ? '\u00a0'
            : t('kpi.dashboard.base', { n: formatNumber(language, kpi.n) })}
        </span>
        <span className="kpi-tile__base">
          {kpi.lastYear === null ? '\u00a0' : t('kpi.dashboard.lastYear', { value: format(kpi.lastYear) })}
        </span>
        <EChart option={spark} label={t('kpi.dashboard.trendTitle')} height={32} />
      </a>
      {/* A sibling of the link, not inside it: a button within a link is neither valid nor reachable by keyboard. */}
      <button
        type="button"
        className="icon-button kpi-tile__edit"
        aria-label={t('kpi.targets.edit', { name })}
        title={t('kpi.targets.edit', { name })}
        data-testid={`kpi-target-${kpi.id}`}
        onClick={onEditTarget}
      >
        <Icon name="target" size={16} />
      </button>
    </div>
  );
}

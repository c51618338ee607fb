import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, CustomerSegment } from '../../../../shared/domain/enums';
import type { Period } from '../../../../shared/domain/kpi-period';
import type { KpiScope } from '../../../../shared/schemas/kpi';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import './dashboard.css';
import { ControlCard } from './ControlCard';
import { HeatmapCard } from './HeatmapCard';
import { KpiTiles } from './KpiTiles';
import { LeagueCard } from './LeagueCard';
import { OverdueActionsCard } from './OverdueActionsCard';
import { ParetoCard } from './ParetoCard';
import { RollupBuildCard } from './RollupBuildCard';
import { defaultPeriod, PeriodPicker } from './PeriodPicker';
import { ScopePicker } from './ScopePicker';
import { SlaTierCard } from './SlaTierCard';
import { TrendCard } from './TrendCard';
import { WorkspaceFacts } from './WorkspaceFacts';

const ORG: KpiScope = { dim: 'org', key: '' };
const loadCoverage = () => call('kpi.coverage', {});

/**
 * How are we doing against target, where, and since when: KPI tiles for a period and scope, the trend of one KPI,
 * the complaint Pareto, SLA compliance by tier, a control chart, the outlet league table and the outlet × month heat map. Every tile and chart drills down to
 * the ticket grid. A workspace without tickets says so and shows what it holds; one written before the KPI rollup
 * existed builds it first, with progress.
 */
export function DashboardView() {
  const { t } = useTranslation();
  const coverage = useResource(loadCoverage);
  return (
    <>
      <PageHeader title={t('areas.dashboard.title')} />
      {coverage.status === 'error' && (
        <ErrorAlert title={t('kpi.dashboard.loadFailed')} error={coverage.error} />
      )}
      {coverage.status === 'loading' && (
        <div
          className="kpi-tiles kpi-tiles--loading skeleton"
          role="status"
          aria-label={t('common.loading')}
        />
      )}
      {coverage.status === 'ready' && coverage.data.tickets === 0 && (
        <>
          <section className="empty-state" data-testid="dashboard-empty">
            <span className="empty-state__icon">
              <Icon name="dashboard" size={32} />
            </span>
            <h2 className="card__title">{t('kpi.dashboard.emptyTitle')}</h2>
            <p className="empty-state__summary">{t('kpi.dashboard.emptyBody')}</p>
            <a className="button" href="#/tickets">
              {t('kpi.dashboard.goToTickets')}
            </a>
          </section>
          <OverdueActionsCard />
          <WorkspaceFacts />
        </>
      )}
      {coverage.status === 'ready' && coverage.data.tickets > 0 && !coverage.data.rollupReady && (
        <RollupBuildCard onReady={coverage.reload} />
      )}
      {coverage.status === 'ready' && coverage.data.tickets > 0 && coverage.data.rollupReady && (
        <DashboardBody lastDay={coverage.data.lastDay} />
      )}
    </>
  );
}

function DashboardBody({ lastDay }: { lastDay: string | null }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>(() => defaultPeriod(lastDay));
  const [picked, setPicked] = useState<KpiScope>(ORG);
  // A dimension chosen without a value yet shows the whole organisation.
  const scope = useMemo(() => (picked.key === '' ? ORG : picked), [picked]);
  const scopeLabel = useScopeLabel(scope);
  // The league's outlet opens the dashboard scoped to it, seen from its tiles.
  const pickOutlet = useCallback((id: number) => {
    setPicked({ dim: 'outlet', key: String(id) });
    window.scrollTo({ top: 0 });
  }, []);
  return (
    <div className="dashboard">
      <div className="dashboard__controls" role="group" aria-label={t('kpi.dashboard.tilesTitle')}>
        <PeriodPicker value={period} onChange={setPeriod} />
        <ScopePicker value={picked} onChange={setPicked} />
      </div>
      <KpiTiles period={period} scope={scope} scopeLabel={scopeLabel} />
      <OverdueActionsCard />
      <TrendCard period={period} scope={scope} />
      <div className="dashboard__pair">
        <ParetoCard period={period} scope={scope} />
        <SlaTierCard period={period} scope={scope} />
      </div>
      <ControlCard period={period} scope={scope} />
      <LeagueCard period={period} onPickOutlet={pickOutlet} />
      <HeatmapCard period={period} />
      <WorkspaceFacts />
    </div>
  );
}

/** "网点 · 上海徐汇网点" / "Organisation": the scope as the tiles' hint names it. */
function useScopeLabel(scope: KpiScope): string {
  const { t, i18n } = useTranslation();
  const load = useCallback(async () => {
    if (scope.dim === 'org' || scope.dim === 'channel' || scope.dim === 'segment') return null;
    const kind = ({ outlet: 'outlets', team: 'teams', agent: 'staff', category: 'categories' } as const)[
      scope.dim
    ];
    const [option] = await call('ref.options', { kind, ids: [Number(scope.key)], limit: 1 });
    return option ?? null;
  }, [scope]);
  const record = useResource(load);
  const dim = t(`kpi.scopeDims.${scope.dim}`);
  if (scope.dim === 'org') return dim;
  if (scope.dim === 'channel') return `${dim} · ${t(`tickets.channel.${scope.key as Channel}`)}`;
  if (scope.dim === 'segment') return `${dim} · ${t(`tickets.segment.${scope.key as CustomerSegment}`)}`;
  const name =
    record.status === 'ready' && record.data
      ? (i18n.language === 'en' && record.data.labelEn) || record.data.label
      : scope.key;
  return `${dim} · ${name}`;
}

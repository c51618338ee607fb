import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { LeaguePanel } from './league/LeaguePanel';
import { MysteryError } from './MysteryError';
import { MYSTERY_TABS, mysteryTabHref, useMysteryRoute } from './mysteryRoute';
import { SetupPanel } from './setup/SetupPanel';
import { useWave } from './useWave';
import { VisitPage } from './visit/VisitPage';
import { VisitsPanel } from './visits/VisitsPanel';
import { NoWaves } from './WavePicker';
import '../audits/audits.css';
import './mystery.css';

/** Mystery-shopper waves: the outlet league, the visits and their review, the analysis, and the set-up. */
export function MysteryView() {
  const { t } = useTranslation();
  const route = useMysteryRoute();
  const { programmes, choice } = useWave();
  if (route.kind === 'visit') return <VisitPage key={route.id ?? 'new'} id={route.id} choice={choice} />;
  const tab = route.tab;
  return (
    <>
      <PageHeader title={t('areas.mystery.title')}>
        <nav className="area-tabs" aria-label={t('mystery.tabs.label')}>
          {MYSTERY_TABS.map((x) => (
            <a key={x} className="area-tabs__tab" href={mysteryTabHref(x)} aria-current={tab === x ? 'page' : undefined}>
              {t(`mystery.tabs.${x}`)}
            </a>
          ))}
        </nav>
      </PageHeader>
      {programmes.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {programmes.status === 'error' && <MysteryError title={t('mystery.loadFailed')} error={programmes.error} />}
      {choice && tab === 'setup' && <SetupPanel programmes={choice.programmes} onChanged={programmes.reload} />}
      {choice && tab !== 'setup' && !choice.wave && <NoWaves />}
      {choice?.wave && tab === 'league' && <LeaguePanel choice={choice} />}
      {choice?.wave && tab === 'visits' && <VisitsPanel choice={choice} onChanged={programmes.reload} />}
      {choice?.wave && tab === 'analysis' && <AnalysisPanel choice={choice} />}
    </>
  );
}

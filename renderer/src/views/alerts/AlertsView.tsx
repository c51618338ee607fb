import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { ErrorAlert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { idFrom, useSubPath } from '../improvement/route';
import { InboxPanel } from './InboxPanel';
import { RulesPanel } from './RulesPanel';
import './alerts.css';

const loadSettings = () => call('settings.get', {});

/** #/alerts: the inbox (#/alerts/12 with alert 12 open); #/alerts/rules: the rules. */
export function AlertsView() {
  const { t } = useTranslation();
  const path = useSubPath();
  const tab = path[0] === 'rules' ? 'rules' : 'inbox';
  const settings = useResource(loadSettings);
  return (
    <>
      <PageHeader title={t('areas.alerts.title')}>
        <p className="page-header__lead">{t('areas.alerts.summary')}</p>
        <nav className="area-tabs" aria-label={t('alerts.tabs.label')}>
          <a className="area-tabs__tab" href="#/alerts" aria-current={tab === 'inbox' ? 'page' : undefined}>
            {t('alerts.tabs.inbox')}
          </a>
          <a
            className="area-tabs__tab"
            href="#/alerts/rules"
            aria-current={tab === 'rules' ? 'page' : undefined}
          >
            {t('alerts.tabs.rules')}
          </a>
        </nav>
      </PageHeader>
      {settings.status === 'error' && <ErrorAlert title={t('alerts.loadFailed')} error={settings.error} />}
      {settings.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {settings.status === 'ready' &&
        (tab === 'rules' ? (
          <RulesPanel />
        ) : (
          <InboxPanel selected={idFrom(path[0])} timeZone={settings.data.timeZone} />
        ))}
    </>
  );
}

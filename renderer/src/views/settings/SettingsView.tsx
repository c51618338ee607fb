import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { useWorkspaceInfo } from '../../api/workspaceInfo';
import { ErrorAlert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { SettingsForm } from './SettingsForm';
import { SettingsHistory } from './SettingsHistory';
import { WorkspaceFileCard } from './WorkspaceFileCard';

const loadSettings = () => call('settings.get', {});
const loadHistory = () => call('audit.list', { entity: 'settings', limit: 20 });

export function SettingsView() {
  const { t } = useTranslation();
  const settings = useResource(loadSettings);
  const history = useResource(loadHistory);
  const info = useWorkspaceInfo();
  return (
    <>
      <PageHeader title={t('areas.settings.title')}>
        <p className="page-header__lead">{t('areas.settings.summary')}</p>
      </PageHeader>
      <div className="settings-layout">
        <div className="settings-layout__main">
          {settings.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
          {settings.status === 'error' && (
            <ErrorAlert title={t('settings.loadFailed')} error={settings.error} />
          )}
          {settings.status === 'ready' && <SettingsForm initial={settings.data} onSaved={history.reload} />}
        </div>
        <aside className="settings-layout__aside">
          <WorkspaceFileCard info={info} />
          <SettingsHistory history={history} />
        </aside>
      </div>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { BackupTab } from './backup/BackupTab';
import { CalendarTab } from './calendar/CalendarTab';
import { CategoriesTab } from './categories/CategoriesTab';
import { GeneralTab } from './GeneralTab';
import './settings.css';
import { SlaTab } from './sla/SlaTab';
import { panelId, SettingsTabs, tabId } from './SettingsTabs';
import { useSettingsTab, type SettingsTab } from './useSettingsTab';

function TabPanel({ tab }: { tab: SettingsTab }) {
  if (tab === 'calendar') return <CalendarTab />;
  if (tab === 'sla') return <SlaTab />;
  if (tab === 'categories') return <CategoriesTab />;
  if (tab === 'backup') return <BackupTab />;
  return <GeneralTab />;
}

export function SettingsView() {
  const { t } = useTranslation();
  const tab = useSettingsTab();
  return (
    <>
      <PageHeader title={t('areas.settings.title')}>
        <p className="page-header__lead">{t('areas.settings.summary')}</p>
      </PageHeader>
      <SettingsTabs current={tab} />
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(tab)} className="settings-panel">
        <TabPanel key={tab} tab={tab} />
      </div>
    </>
  );
}

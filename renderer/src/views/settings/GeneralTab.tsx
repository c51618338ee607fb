import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { useWorkspaceInfo } from '../../api/workspaceInfo';
import { ErrorAlert } from '../../components/Alert';
import { RecomputeCard } from './RecomputeCard';
import { SettingsForm } from './SettingsForm';
import type { FormSettings } from './settingsDraft';
import { SettingsHistory } from './SettingsHistory';
import { WorkspaceFileCard } from './WorkspaceFileCard';

const loadSettings = () => call('settings.get', {});
const loadHistory = () => call('audit.list', { entity: 'settings', limit: 20 });

/** What SLA clocks depend on among the general settings: a change leaves measured tickets behind. */
const clockInputsChanged = (before: FormSettings, after: FormSettings) =>
  before.timeZone !== after.timeZone ||
  JSON.stringify(before.workingCalendar) !== JSON.stringify(after.workingCalendar);

/** Time zone, work week and hours, repeat window, report language; the file's facts and recent changes. */
export function GeneralTab() {
  const { t } = useTranslation();
  const settings = useResource(loadSettings);
  const history = useResource(loadHistory);
  const info = useWorkspaceInfo();
  const [calendarChanged, setCalendarChanged] = useState(false);
  const { reload } = history;
  const saved = useCallback(
    (before: FormSettings, after: FormSettings) => {
      reload();
      if (clockInputsChanged(before, after)) setCalendarChanged(true);
    },
    [reload],
  );
  return (
    <div className="settings-layout">
      <div className="settings-layout__main">
        {settings.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
        {settings.status === 'error' && (
          <ErrorAlert title={t('settings.loadFailed')} error={settings.error} />
        )}
        {settings.status === 'ready' && <SettingsForm initial={settings.data} onSaved={saved} />}
        {calendarChanged && <RecomputeCard changed />}
      </div>
      <aside className="settings-layout__aside">
        <WorkspaceFileCard info={info} />
        <SettingsHistory history={history} />
      </aside>
    </div>
  );
}

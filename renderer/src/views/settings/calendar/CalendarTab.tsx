import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { ErrorAlert } from '../../../components/Alert';
import { formatSettingValue } from '../formatSettingValue';
import { RecomputeCard } from '../RecomputeCard';
import { settingsTabHref } from '../useSettingsTab';
import { ClockRulesCard } from './ClockRulesCard';
import { HolidaysCard } from './HolidaysCard';

const loadSettings = () => call('settings.get', {});

/** Holidays and make-up working days per year, the clock's pause statuses and escalation threshold. */
export function CalendarTab() {
  const { t } = useTranslation();
  const settings = useResource(loadSettings);
  const [changed, setChanged] = useState(false);
  const markChanged = () => setChanged(true);
  if (settings.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (settings.status === 'error')
    return <ErrorAlert title={t('settings.loadFailed')} error={settings.error} />;
  const { data } = settings;
  return (
    <div className="settings-layout settings-layout--calendar">
      <div className="settings-layout__main">
        <p className="settings-note">
          {t('settings.calendar.workweek', {
            summary: formatSettingValue(t, 'workingCalendar', data.workingCalendar),
          })}{' '}
          <a href={settingsTabHref('general')}>{t('settings.calendar.workweekLink')}</a>
        </p>
        <HolidaysCard initial={data.holidays} onSaved={markChanged} />
      </div>
      <aside className="settings-layout__aside">
        <ClockRulesCard initial={data} onSaved={markChanged} />
        <RecomputeCard changed={changed} />
      </aside>
    </div>
  );
}

import { useCallback } from 'react';
import { call } from '../../api/client';
import { useResource } from '../../api/useResource';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { formatZonedDateTime } from '../tickets/zonedTime';

const loadSettings = () => call('settings.get', {});

/** Formats an instant in the workspace's time zone (this computer's until the settings have loaded). */
export function useStamp(): (at: number) => string {
  const [language] = useLanguage();
  const settings = useResource(loadSettings);
  const timeZone = settings.status === 'ready' ? settings.data.timeZone : null;
  return useCallback(
    (at: number) => (timeZone ? formatZonedDateTime(language, timeZone, at) : formatDateTime(language, at)),
    [language, timeZone],
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { onAlertsChanged } from './alertEvents';
import './alerts.css';

/** Data written elsewhere (an import, a ticket edit) shows up in the badge within this time at the latest. */
const POLL_MS = 30_000;

/**
 * The count of new alerts beside the Alerts link. Asking for it is what evaluates the rules after a data change
 * (core re-evaluates only when something was written), so it is asked on open, on every move between areas, on
 * the window regaining focus, and every half minute.
 */
export function AlertBadge() {
  const { t } = useTranslation();
  const [count, setCount] = useState(0);

  useEffect(() => {
    let live = true;
    const refresh = () => {
      call('alerts.summary', {}).then(
        (summary) => {
          if (live) setCount(summary.new);
        },
        // A failed count leaves the last one; the inbox shows the error when opened.
        () => undefined,
      );
    };
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener('hashchange', refresh);
    window.addEventListener('focus', refresh);
    const unsubscribe = onAlertsChanged(refresh);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener('hashchange', refresh);
      window.removeEventListener('focus', refresh);
      unsubscribe();
    };
  }, []);

  if (count === 0) return null;
  return (
    <span
      className="side-nav__badge"
      data-testid="alert-badge"
      role="status"
      aria-label={t('alerts.badge', { count })}
    >
      {count > 99 ? '99+' : count}
    </span>
  );
}

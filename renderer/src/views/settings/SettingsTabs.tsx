import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SETTINGS_TABS, settingsTabHref, type SettingsTab } from './useSettingsTab';

export const tabId = (tab: SettingsTab) => `settings-tab-${tab}`;
export const panelId = 'settings-panel';

/**
 * Tabs as real links (reload, back button and middle-click work), with the arrow keys of the ARIA tabs pattern.
 * Only the current tab is in the Tab order, so the keyboard reaches the panel in one step.
 */
export function SettingsTabs({ current }: { current: SettingsTab }) {
  const { t } = useTranslation();
  const move = (event: KeyboardEvent<HTMLAnchorElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? SETTINGS_TABS.length - 1 : null;
    if (step === 0 && jump === null) return;
    event.preventDefault();
    const index =
      jump ?? (SETTINGS_TABS.indexOf(current) + step + SETTINGS_TABS.length) % SETTINGS_TABS.length;
    const next = SETTINGS_TABS[index] ?? 'general';
    window.location.hash = settingsTabHref(next);
    requestAnimationFrame(() => document.getElementById(tabId(next))?.focus());
  };
  return (
    <div className="settings-tabs" role="tablist" aria-label={t('settings.tabs.label')}>
      {SETTINGS_TABS.map((tab) => (
        <a
          key={tab}
          id={tabId(tab)}
          role="tab"
          className="settings-tabs__tab"
          href={settingsTabHref(tab)}
          aria-selected={tab === current}
          aria-controls={panelId}
          tabIndex={tab === current ? 0 : -1}
          onKeyDown={move}
        >
          {t(`settings.tabs.${tab}`)}
        </a>
      ))}
    </div>
  );
}

import { useSyncExternalStore } from 'react';

/** Sub-screens of Settings, in tab order. The tab lives in the URL (#/settings/sla) so a reload keeps it. */
export const SETTINGS_TABS = ['general', 'calendar', 'sla', 'categories', 'backup'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

const isTab = (value: string | undefined): value is SettingsTab =>
  value !== undefined && (SETTINGS_TABS as readonly string[]).includes(value);

function readTab(): SettingsTab {
  const name = /^#\/settings\/([a-z]+)/.exec(window.location.hash)?.[1];
  return isTab(name) ? name : 'general';
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export const useSettingsTab = (): SettingsTab => useSyncExternalStore(subscribeToHash, readTab);

export const settingsTabHref = (tab: SettingsTab): string =>
  tab === 'general' ? '#/settings' : `#/settings/${tab}`;

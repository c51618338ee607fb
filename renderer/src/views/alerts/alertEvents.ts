/** Told when alerts changed here (acknowledged, followed up, rules edited), so the badge need not wait for its poll. */
const EVENT = 'qm:alerts-changed';

export const announceAlertsChanged = (): void => {
  window.dispatchEvent(new Event(EVENT));
};

export function onAlertsChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}

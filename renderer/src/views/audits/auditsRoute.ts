import { useSyncExternalStore } from 'react';

export const AUDIT_TABS = ['queue', 'templates', 'calibration', 'reports'] as const;
export type AuditTab = (typeof AUDIT_TABS)[number];

/**
 * Places in the audits area, after the area in the hash:
 * #/audits[/templates|/calibration|/reports|/audit/<id>|/template/<id>|/template/new|/calibration/<id>].
 */
export type AuditsRoute =
  | { kind: 'tab'; tab: AuditTab }
  | { kind: 'audit'; id: number }
  | { kind: 'template'; id: number | null }
  | { kind: 'calibration'; id: number };

export function parseAuditsRoute(hash: string): AuditsRoute {
  const audit = /^#\/audits\/audit\/([1-9]\d{0,15})$/.exec(hash);
  if (audit) return { kind: 'audit', id: Number(audit[1]) };
  const calibration = /^#\/audits\/calibration\/([1-9]\d{0,15})$/.exec(hash);
  if (calibration) return { kind: 'calibration', id: Number(calibration[1]) };
  const template = /^#\/audits\/template\/(new|[1-9]\d{0,15})$/.exec(hash);
  if (template) return { kind: 'template', id: template[1] === 'new' ? null : Number(template[1]) };
  const tab = /^#\/audits\/([a-z]+)$/.exec(hash)?.[1];
  return { kind: 'tab', tab: (AUDIT_TABS as readonly string[]).includes(tab ?? '') ? (tab as AuditTab) : 'queue' };
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const readHash = () => window.location.hash;

export const useAuditsRoute = (): AuditsRoute => parseAuditsRoute(useSyncExternalStore(subscribe, readHash));

export const auditTabHref = (tab: AuditTab): string => (tab === 'queue' ? '#/audits' : `#/audits/${tab}`);
export const auditHref = (id: number): string => `#/audits/audit/${id}`;
export const calibrationHref = (id: number): string => `#/audits/calibration/${id}`;
export const templateHref = (id: number | null): string => `#/audits/template/${id ?? 'new'}`;

import type { ReactElement } from 'react';
import type { Area } from '../../../shared/domain/enums';

/** Simple line icons drawn inline (no icon font, nothing fetched), coloured by `currentColor`. */
const PATHS = {
  dashboard: (
    <>
      <rect x="3" y="3" width="7" height="9" rx="1.5" />
      <rect x="14" y="3" width="7" height="5" rx="1.5" />
      <rect x="14" y="12" width="7" height="9" rx="1.5" />
      <rect x="3" y="16" width="7" height="5" rx="1.5" />
    </>
  ),
  tickets: (
    <>
      <path d="M3 7a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v2a3 3 0 0 0 0 6v2a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-2a3 3 0 0 0 0-6z" />
      <path d="M15 5v2M15 11v2M15 17v2" />
    </>
  ),
  audits: (
    <>
      <rect x="5" y="4" width="14" height="17" rx="2" />
      <path d="M9 2.5h6v3H9z" />
      <path d="M9 13l2 2 4-4.5" />
    </>
  ),
  mystery: (
    <>
      <path d="M5.5 8h13l-1.2 12.5H6.7z" />
      <path d="M9 8V6.5a3 3 0 0 1 6 0V8" />
      <path d="M10.6 13.2a1.5 1.5 0 1 1 2 1.4c-.4.2-.6.5-.6.9v.3M12 18h.01" />
    </>
  ),
  training: (
    <>
      <path d="M2 9.5 12 5l10 4.5L12 14z" />
      <path d="M6 11.5v4.5c0 1.4 2.7 3 6 3s6-1.6 6-3v-4.5" />
      <path d="M22 9.5v5" />
    </>
  ),
  surveys: (
    <>
      <path d="M20.5 12a8.5 8.5 0 0 1-12.4 7.5L3.5 21l1.4-4.4A8.5 8.5 0 1 1 20.5 12z" />
      <path d="M8.8 13.5c.8 1 1.9 1.6 3.2 1.6s2.4-.6 3.2-1.6M9.5 9.5h.01M14.5 9.5h.01" />
    </>
  ),
  pdca: (
    <>
      <path d="M19.5 12a7.5 7.5 0 0 1-13.3 4.7M4.5 12a7.5 7.5 0 0 1 13.3-4.7" />
      <path d="M18 3.5v4h-4M6 20.5v-4h4" />
    </>
  ),
  rca: (
    <>
      <path d="M2 12h13" />
      <path d="M15 7c3.9.3 6.5 2.4 6.5 5s-2.6 4.7-6.5 5z" />
      <path d="m3.5 7 2.5 5-2.5 5M7.5 7l2.5 5-2.5 5M11.5 7.5l2 4.5-2 4.5" />
    </>
  ),
  actions: (
    <>
      <path d="M10 6.5h10.5M10 12h10.5M10 17.5h10.5" />
      <path d="m3.5 6.5 1.5 1.5 2.5-3M3.5 12l1.5 1.5 2.5-3M3.5 17.5 5 19l2.5-3" />
    </>
  ),
  reports: (
    <>
      <path d="M6 3h9l4 4v14H6z" />
      <path d="M15 3v4h4" />
      <path d="M9.5 17.5v-3M12.5 17.5v-6M15.5 17.5v-4" />
    </>
  ),
  settings: (
    <>
      <path d="M4 6h9M17 6h3M4 12h3M11 12h9M4 18h11M19 18h1" />
      <circle cx="15" cy="6" r="2" />
      <circle cx="9" cy="12" r="2" />
      <circle cx="17" cy="18" r="2" />
    </>
  ),
  logo: (
    <>
      <path d="M12 2.8 19.5 6v5.2c0 4.6-3.1 8.6-7.5 10-4.4-1.4-7.5-5.4-7.5-10V6z" />
      <path d="m8.6 12 2.4 2.4 4.4-4.6" />
    </>
  ),
  demo: (
    <>
      <path d="M12 3.5l1.9 4.6 4.6 1.9-4.6 1.9-1.9 4.6-1.9-4.6-4.6-1.9 4.6-1.9z" />
      <path d="M18.5 15.5l.8 1.9 1.9.8-1.9.8-.8 1.9-.8-1.9-1.9-.8 1.9-.8z" />
    </>
  ),
  newFile: (
    <>
      <path d="M6 3h8l4 4v14H6z" />
      <path d="M14 3v4h4M12 10.5v6M9 13.5h6" />
    </>
  ),
  folder: <path d="M3 7a2 2 0 0 1 2-2h4l2 2.2h8a2 2 0 0 1 2 2V17a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />,
  file: (
    <>
      <path d="M6 3h8l4 4v14H6z" />
      <path d="M14 3v4h4" />
    </>
  ),
  fileMissing: (
    <>
      <path d="M6 3h8l4 4v14H6z" strokeDasharray="2.5 2" />
      <path d="M14 3v4h4M10 12l4 4M14 12l-4 4" />
    </>
  ),
  closeWorkspace: (
    <>
      <path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4" />
      <path d="M9.5 8 5.5 12l4 4M5.5 12h10" />
    </>
  ),
  x: <path d="M6.5 6.5l11 11M17.5 6.5l-11 11" />,
  plus: <path d="M12 5v14M5 12h14" />,
  alerts: (
    <>
      <path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15z" />
      <path d="M10 20.5a2 2 0 0 0 4 0" />
    </>
  ),
  alert: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7.5v5.5M12 16.5h.01" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v5.5M12 7.5h.01" />
    </>
  ),
  check: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="m8.5 12.2 2.4 2.4 4.6-4.8" />
    </>
  ),
  target: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <circle cx="12" cy="12" r="4.5" />
      <circle cx="12" cy="12" r="0.8" />
    </>
  ),
} satisfies Record<Area | string, ReactElement>;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 20, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}

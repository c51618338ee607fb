/** Colours of the KPI charts, the same as the renderer's CSS variables, so a report looks like the screen. */
export const PALETTE = {
  primary: '#1f5fbf',
  primaryStrong: '#174c99',
  accent: '#0d6e61',
  text: '#1b2430',
  muted: '#5a6576',
  faint: '#7b8594',
  grid: '#eceff3',
  good: '#1a7a38',
  warn: '#b26b00',
  bad: '#b42318',
  none: '#7b8594',
} as const;

export const STATUS_COLOUR = {
  good: PALETTE.good,
  warn: PALETTE.warn,
  bad: PALETTE.bad,
  none: PALETTE.none,
} as const;

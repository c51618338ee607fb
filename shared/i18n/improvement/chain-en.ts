import type { chainZh } from './chain-zh-CN.ts';

export const chainEn: typeof chainZh = {
  label: 'Improvement chain',
  kpi: 'KPI',
  noKpi: 'No KPI named',
  baselineTarget: 'Baseline {{baseline}} → target {{target}}',
  rootCause: 'Root cause',
  noRootCause: 'No root-cause analysis yet',
  startFishbone: 'Start with a fishbone',
  moreSheets: '{{count}} more',
  actions: 'Actions',
  actionsDone: '{{done}} of {{total}} done',
  overdue: '{{count}} overdue',
  noActions: 'No actions yet',
  check: 'Check',
  notChecked: 'Not checked yet',
  jump: 'Show',
};

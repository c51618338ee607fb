/** Texts of the traceability chain at the top of a PDCA cycle: KPI → root cause → actions → check. */
export const chainZh = {
  label: '改进链路',
  kpi: '目标指标',
  noKpi: '未指定指标',
  baselineTarget: '基线 {{baseline}} → 目标 {{target}}',
  rootCause: '根因分析',
  noRootCause: '尚无根因分析',
  startFishbone: '从鱼骨图开始分析',
  moreSheets: '另有 {{count}} 份',
  actions: '改进措施',
  actionsDone: '已完成 {{done}} / {{total}}',
  overdue: '{{count}} 项逾期',
  noActions: '尚无措施',
  check: '效果检查',
  notChecked: '尚未检查',
  jump: '查看',
};

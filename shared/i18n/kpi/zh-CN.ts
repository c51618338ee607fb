/** Chinese strings of the kpi area; the English file is typed against this shape. */
export const kpiZh = {};

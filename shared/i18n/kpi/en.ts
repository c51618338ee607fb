import type { kpiZh } from './zh-CN.ts';

export const kpiEn: typeof kpiZh = {};

import type { improvementZh } from './zh-CN.ts';

export const improvementEn: typeof improvementZh = {};

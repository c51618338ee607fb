import type { ticketsZh } from './zh-CN.ts';

export const ticketsEn: typeof ticketsZh = {};

import type { ticketImportZh } from './zh-CN.ts';

export const ticketImportEn: typeof ticketImportZh = {};

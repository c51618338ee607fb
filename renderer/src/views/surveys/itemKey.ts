import type { surveysZh } from '../../../../shared/i18n/surveys/zh-CN';

/** The catalog key of a SERVQUAL item's statement (items are numbered 1–22, the catalog's keys). */
export const itemKey = (item: number) => `surveys.items.${String(item) as keyof typeof surveysZh.items}` as const;

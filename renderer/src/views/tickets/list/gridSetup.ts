import type { TFunction } from 'i18next';
import { ticketsZh } from '../../../../../shared/i18n/tickets/zh-CN';

type GridWord = keyof typeof ticketsZh.grid;
const GRID_WORDS = Object.keys(ticketsZh.grid) as GridWord[];

/** AG Grid's own words (filter menus, loading rows) from our catalogs, in the UI language. */
export const gridLocaleText = (t: TFunction): Record<string, string> =>
  Object.fromEntries(GRID_WORDS.map((key) => [key, t(`tickets.grid.${key}`)]));

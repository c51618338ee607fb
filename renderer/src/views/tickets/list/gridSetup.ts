import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { ticketsZh } from '../../../../../shared/i18n/tickets/zh-CN';

// Without registered modules AG Grid renders nothing and logs an error; registering twice is harmless.
ModuleRegistry.registerModules([AllCommunityModule]);

/** The console's palette and type on AG Grid's Quartz theme (see styles/base.css for the same values). */
export const gridTheme = themeQuartz.withParams({
  browserColorScheme: 'light',
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 700,
  foregroundColor: '#1b2430',
  backgroundColor: '#ffffff',
  accentColor: '#1f5fbf',
  borderColor: '#dfe3ea',
  headerBackgroundColor: '#f7f8fa',
  headerTextColor: '#1b2430',
  oddRowBackgroundColor: '#fbfcfd',
  rowHoverColor: '#eef3fb',
  selectedRowBackgroundColor: '#e9f0fb',
  rowHeight: 36,
  headerHeight: 38,
  spacing: 6,
  wrapperBorderRadius: 10,
});

type GridWord = keyof typeof ticketsZh.grid;
const GRID_WORDS = Object.keys(ticketsZh.grid) as GridWord[];

/** AG Grid's own words (filter menus, loading rows) from our catalogs, in the UI language. */
export const gridLocaleText = (t: TFunction): Record<string, string> =>
  Object.fromEntries(GRID_WORDS.map((key) => [key, t(`tickets.grid.${key}`)]));

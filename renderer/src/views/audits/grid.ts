import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';
import type { TFunction } from 'i18next';

// Without registered modules AG Grid renders nothing and logs an error; registering twice is harmless.
ModuleRegistry.registerModules([AllCommunityModule]);

/** The console's palette on AG Grid's Quartz theme (the values of styles/base.css). */
export const auditsGridTheme = themeQuartz.withParams({
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
  oddRowBackgroundColor: '#fbfcfd',
  rowHoverColor: '#eef3fb',
  rowHeight: 34,
  headerHeight: 36,
  spacing: 6,
  wrapperBorderRadius: 8,
});

export const auditsGridLocale = (t: TFunction): Record<string, string> => ({
  noRowsToShow: t('audits.form.none'),
  loadingOoo: t('common.loading'),
});

/** Scores show one decimal; an unscored audit shows a dash. */
export const formatScore = (score: number | null, none: string): string => (score === null ? none : score.toFixed(1));

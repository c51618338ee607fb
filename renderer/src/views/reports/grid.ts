import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

// Without registered modules AG Grid renders nothing and logs an error; registering twice is harmless.
ModuleRegistry.registerModules([AllCommunityModule]);

/** The console's palette on AG Grid's Quartz theme (the values of styles/base.css). */
export const reportsGridTheme = themeQuartz.withParams({
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

import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

// Without registered modules AG Grid renders nothing and logs an error; registering twice is harmless.
ModuleRegistry.registerModules([AllCommunityModule]);

/** The console's palette and type on AG Grid's Quartz theme (the values of styles/base.css), for every list. */
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

import type { TFunction } from 'i18next';

/** The few words AG Grid itself shows in these grids. */
export const trainingGridLocale = (t: TFunction): Record<string, string> => ({
  noRowsToShow: t('training.none'),
  loadingOoo: t('common.loading'),
});

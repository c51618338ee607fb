import type { TFunction } from 'i18next';

export const auditsGridLocale = (t: TFunction): Record<string, string> => ({
  noRowsToShow: t('audits.form.none'),
  loadingOoo: t('common.loading'),
});

/** Scores show one decimal; an unscored audit shows a dash. */
export const formatScore = (score: number | null, none: string): string => (score === null ? none : score.toFixed(1));

import type { TFunction } from 'i18next';

export const mysteryGridLocale = (t: TFunction): Record<string, string> => ({
  noRowsToShow: t('audits.form.none'),
  loadingOoo: t('common.loading'),
});

/** A change with its sign and an arrow, so up and down read without colour; none is a dash. */
export const formatChange = (n: number | null, digits: number): string =>
  n === null ? '—' : n === 0 ? '0' : `${n > 0 ? '▲ +' : '▼ '}${n.toFixed(digits)}`;

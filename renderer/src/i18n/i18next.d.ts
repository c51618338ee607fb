import type { Catalog } from '../../../shared/i18n/zh-CN';

// Typed keys: t('areas.tickets.title') is checked against the catalog at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/domain/enums';
import { resources } from '../../../shared/i18n';

/** Start i18next synchronously (resources are bundled), so the first render is already in the right language. */
export function initI18n(language: Language): void {
  if (i18next.isInitialized) {
    void i18next.changeLanguage(language);
  } else {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      initAsync: false,
      // React escapes what it renders; escaping here too would show &amp; in paths.
      interpolation: { escapeValue: false },
    });
  }
  document.documentElement.lang = language;
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/enums';
import { call } from '../api/client';

const isLanguage = (value: string | undefined): value is Language =>
  value !== undefined && (LANGUAGES as readonly string[]).includes(value);

/** The current UI language and a setter that also sets <html lang> and asks the host to remember the choice. */
export function useLanguage(): [Language, (next: Language) => void] {
  const { i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const change = useCallback(
    (next: Language) => {
      void i18n.changeLanguage(next);
      document.documentElement.lang = next;
      // Remembering is a convenience: if the host cannot store it, the switch still holds for this session.
      call('app.setLanguage', { language: next }).catch(() => undefined);
    },
    [i18n],
  );
  return [current, change];
}

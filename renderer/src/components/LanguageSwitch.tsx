import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/domain/enums';
import { useLanguage } from '../i18n/useLanguage';

/** Each language is named in itself (中文 / English), so the switch is readable whatever is active. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [current, change] = useLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="segmented__option"
          aria-pressed={current === language}
          onClick={() => {
            if (current !== language) change(language);
          }}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}

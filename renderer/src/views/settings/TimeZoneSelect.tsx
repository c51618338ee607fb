import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldControlProps } from '../../components/Field';
import { useLanguage } from '../../i18n/useLanguage';
import { describeZone, zoneChoices } from './timeZones';

export function TimeZoneSelect({
  value,
  onChange,
  control,
}: {
  value: string;
  onChange: (zone: string) => void;
  control: FieldControlProps;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const options = useMemo(
    () =>
      zoneChoices(value).map((id) => {
        const { name, offset } = describeZone(language, id);
        return { id, label: name ? t('settings.timeZone.option', { id, name, offset }) : id };
      }),
    [value, language, t],
  );
  return (
    <select {...control} className="input" value={value} onChange={(event) => onChange(event.target.value)}>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

import type { FieldControlProps } from '../../components/Field';
import type { Option } from './references';

/** A select over id/label options with an explicit empty choice; the value is an id or null. */
export function OptionSelect({
  control,
  options,
  value,
  empty,
  onChange,
  className = 'input',
}: {
  control: FieldControlProps | { 'aria-label': string };
  options: Option[];
  value: number | null;
  empty: string;
  onChange: (id: number | null) => void;
  className?: string;
}) {
  return (
    <select
      {...control}
      className={className}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
    >
      <option value="">{empty}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

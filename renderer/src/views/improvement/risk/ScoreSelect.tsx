import type { FieldControlProps } from '../../../components/Field';

/** A 1–max score as a select: arrow keys and typed digits pick it, and nothing outside the scale can be entered. */
export function ScoreSelect({
  control,
  max,
  value,
  onChange,
}: {
  control: FieldControlProps;
  max: 5 | 10;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <select {...control} className="input" value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}

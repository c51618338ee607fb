import { useTranslation } from 'react-i18next';
import { UNITS, type TargetDraft, type TargetErrorKey, type TargetKind, MAX_DAYS } from './policyDraft';

/** One target of one tier: number, unit, and calendar or working time (working days are always working time). */
export function TargetInput({
  tier,
  kind,
  value,
  error,
  onChange,
}: {
  tier: number;
  kind: TargetKind;
  value: TargetDraft;
  error: TargetErrorKey | undefined;
  onChange: (next: TargetDraft) => void;
}) {
  const { t } = useTranslation();
  const names = { tier, target: t(`settings.sla.targets.${kind}`) };
  const errorId = `sla-error-${tier}-${kind}`;
  const invalid = error ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {};
  return (
    <div className="target-input">
      <div className="target-input__controls">
        <input
          className="input input--target"
          type="text"
          inputMode="decimal"
          aria-label={t('settings.sla.valueOf', names)}
          value={value.value}
          onChange={(event) => onChange({ ...value, value: event.target.value })}
          {...invalid}
        />
        <select
          className="input input--unit"
          aria-label={t('settings.sla.unitOf', names)}
          value={value.unit}
          onChange={(event) => {
            const unit = event.target.value as TargetDraft['unit'];
            onChange({ ...value, unit, basis: unit === 'workdays' ? 'business' : value.basis });
          }}
        >
          {UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`settings.sla.units.${unit}`)}
            </option>
          ))}
        </select>
        <select
          className="input input--basis"
          aria-label={t('settings.sla.basisOf', names)}
          value={value.basis}
          disabled={value.unit === 'workdays'}
          onChange={(event) => onChange({ ...value, basis: event.target.value as TargetDraft['basis'] })}
        >
          <option value="calendar">{t('settings.sla.bases.calendar')}</option>
          <option value="business">{t('settings.sla.bases.business')}</option>
        </select>
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {t(`settings.sla.errors.${error}`, { days: MAX_DAYS })}
        </p>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { chooseWave, type WaveChoice } from './useWave';

/** One select of every wave, grouped by programme. */
export function WavePicker({ choice }: { choice: WaveChoice }) {
  const { t } = useTranslation();
  return (
    <label className="audits-filter">
      <span>{t('mystery.wave.wave')}</span>
      <select className="input" aria-label={t('mystery.wave.wave')} value={choice.wave?.id ?? ''} onChange={(e) => chooseWave(Number(e.target.value))} data-testid="wave-picker">
        {choice.programmes.map((p) => (
          <optgroup key={p.id} label={p.name}>
            {p.waves.map((w) => (
              <option key={w.id} value={w.id}>{`${w.name} (${w.startsOn} – ${w.endsOn})`}</option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

/** What an area tab shows before any wave exists. */
export function NoWaves() {
  const { t } = useTranslation();
  return (
    <section className="empty-state" data-testid="mystery-empty">
      <p className="empty-state__summary">{t('mystery.wave.none')}</p>
      <p className="muted">{t('mystery.wave.noneHint')}</p>
    </section>
  );
}

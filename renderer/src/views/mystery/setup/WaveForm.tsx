import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme, Wave } from '../../../../../shared/schemas/mystery';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { MysteryError } from '../MysteryError';

const loadOutlets = () => call('ref.options', { kind: 'outlets', limit: 1000 });

/** A new wave of the programme: name, dates, and the outlets it covers (all by default). */
export function WaveForm({ programme, onSaved }: { programme: Programme; onSaved: (wave: Wave) => void }) {
  const { t } = useTranslation();
  const outlets = useResource(loadOutlets);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [excluded, setExcluded] = useState<number[]>([]);
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const all = outlets.status === 'ready' ? outlets.data : [];
  const chosen = all.filter((o) => !excluded.includes(o.id)).map((o) => o.id);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !startsOn || !endsOn || chosen.length === 0) return setMissing(true);
    try {
      const wave = await call('mystery.waves.save', { fields: { programmeId: programme.id, name, startsOn, endsOn, outletIds: chosen } });
      setName('');
      setMissing(false);
      onSaved(wave);
    } catch (err) {
      setFailure(toApiError(err));
    }
  };
  return (
    <form className="mystery-wave-form" onSubmit={submit} noValidate>
      <div className="audits-toolbar audits-toolbar--wrap">
        <label className="audits-filter">
          <span>{t('mystery.setup.waveName')}</span>
          <input className="input" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="audits-filter">
          <span>{t('mystery.setup.startsOn')}</span>
          <input className="input" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        </label>
        <label className="audits-filter">
          <span>{t('mystery.setup.endsOn')}</span>
          <input className="input" type="date" min={startsOn || undefined} value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
        </label>
        <button type="submit" className="button">{t('mystery.setup.addWave')}</button>
      </div>
      <fieldset className="mystery-outlets">
        <legend className="field__label">{t('mystery.setup.outlets')} · {t('mystery.setup.allOutlets', { count: all.length })}</legend>
        {all.map((o) => (
          <label key={o.id} className="audits-check">
            <input
              type="checkbox"
              checked={!excluded.includes(o.id)}
              onChange={(e) => setExcluded((x) => (e.target.checked ? x.filter((id) => id !== o.id) : [...x, o.id]))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      {missing && <p className="audit-dispute__error" role="alert">{t('mystery.setup.required')}</p>}
      {failure && <MysteryError title={t('mystery.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/api';
import type { Programme, Wave } from '../../../../../shared/schemas/mystery';

export type OutletOption = MethodOutput<'ref.options'>[number];

export interface HeadFields {
  outletId: number | null;
  scenarioId: number | null;
  shopper: string;
  visitedOn: string;
  visitTime: string;
  durationMin: number;
  comments: string;
}

/** Who visited which outlet of the wave, when, for how long, in which scenario. Fixed once the visit leaves draft. */
export function VisitHead({
  head,
  wave,
  programme,
  outlets,
  readOnly,
  onChange,
}: {
  head: HeadFields;
  wave: Wave;
  programme: Programme | null;
  outlets: readonly OutletOption[];
  readOnly: boolean;
  onChange: (next: HeadFields) => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof HeadFields>(key: K, value: HeadFields[K]) => onChange({ ...head, [key]: value });
  const inWave = outlets.filter((o) => wave.outletIds.includes(o.id));
  return (
    <fieldset className="card mystery-head" disabled={readOnly}>
      <div className="audits-form-grid">
        <label className="audits-filter">
          <span>{t('mystery.form.wave')}</span>
          <input className="input" aria-label={t('mystery.form.wave')} value={wave.name} readOnly />
        </label>
        <label className="audits-filter">
          <span>{t('mystery.form.outlet')}</span>
          <select className="input" aria-label={t('mystery.form.outlet')} value={head.outletId ?? ''} autoFocus={!readOnly} onChange={(e) => set('outletId', e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('mystery.form.chooseOutlet')}</option>
            {inWave.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <label className="audits-filter">
          <span>{t('mystery.form.scenario')}</span>
          <select className="input" aria-label={t('mystery.form.scenario')} value={head.scenarioId ?? ''} onChange={(e) => set('scenarioId', e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('mystery.form.noScenario')}</option>
            {(programme?.scenarios ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <label className="audits-filter">
          <span>{t('mystery.form.shopper')}</span>
          <input className="input" aria-label={t('mystery.form.shopper')} value={head.shopper} maxLength={100} onChange={(e) => set('shopper', e.target.value)} />
        </label>
        <label className="audits-filter">
          <span>{t('mystery.form.date')}</span>
          <input className="input" aria-label={t('mystery.form.date')} type="date" min={wave.startsOn} max={wave.endsOn} value={head.visitedOn} onChange={(e) => set('visitedOn', e.target.value)} />
        </label>
        <label className="audits-filter">
          <span>{t('mystery.form.time')}</span>
          <input className="input" aria-label={t('mystery.form.time')} type="time" value={head.visitTime} onChange={(e) => set('visitTime', e.target.value)} />
        </label>
        <label className="audits-filter">
          <span>{t('mystery.form.duration')}</span>
          <input className="input" aria-label={t('mystery.form.duration')} type="number" min={0} max={1440} value={head.durationMin} onChange={(e) => set('durationMin', Math.max(0, Math.round(Number(e.target.value) || 0)))} />
        </label>
      </div>
      <label className="audits-filter mystery-head__comments">
        <span>{t('mystery.form.comments')}</span>
        <textarea className="input textarea" aria-label={t('mystery.form.comments')} rows={2} maxLength={4000} value={head.comments} onChange={(e) => set('comments', e.target.value)} />
      </label>
    </fieldset>
  );
}

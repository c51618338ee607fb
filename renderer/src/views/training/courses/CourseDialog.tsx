import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trainingZh } from '../../../../../shared/i18n/training/zh-CN';
import { TRAINING_COURSE_TYPES, TRAINING_TIERS, type Course, type CourseFields } from '../../../../../shared/schemas/training';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { TrainingError } from '../TrainingError';

interface PartDraft {
  id: number | undefined;
  name: string;
  maxScore: string;
  passMark: string;
}

interface Draft {
  code: string;
  name: string;
  type: CourseFields['type'];
  tier: CourseFields['tier'];
  durationDays: string;
  validityMonths: string;
  active: boolean;
  parts: PartDraft[];
}

const fromCourse = (c: Course | null): Draft =>
  c
    ? {
        code: c.code,
        name: c.name,
        type: c.type,
        tier: c.tier,
        durationDays: String(c.durationDays),
        validityMonths: c.validityMonths === null ? '' : String(c.validityMonths),
        active: c.active,
        parts: c.parts.map((p) => ({ id: p.id, name: p.name, maxScore: String(p.maxScore), passMark: String(p.passMark) })),
      }
    : {
        code: '',
        name: '',
        type: 'product',
        tier: 'new_staff',
        durationDays: '1',
        validityMonths: '12',
        active: true,
        parts: [
          { id: undefined, name: '', maxScore: '100', passMark: '60' },
        ],
      };

const num = (s: string): number | null => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null);

type ErrorKey = keyof typeof trainingZh.courses.errors;
type Errors = Partial<Record<'code' | 'name' | 'durationDays' | 'validityMonths' | `part${number}`, ErrorKey>>;

/** Check the draft the way CourseFields will, with messages from the catalog; null fields when valid. */
function check(d: Draft): { fields: CourseFields | null; errors: Errors } {
  const errors: Errors = {};
  if (!d.code.trim()) errors.code = 'required';
  if (!d.name.trim()) errors.name = 'required';
  const duration = num(d.durationDays);
  if (duration === null || duration < 0.5 || duration > 365) errors.durationDays = 'number';
  const validity = d.validityMonths.trim() === '' ? null : num(d.validityMonths);
  if (d.validityMonths.trim() !== '' && (validity === null || !Number.isInteger(validity) || validity < 1 || validity > 120)) errors.validityMonths = 'validity';
  const names = new Set<string>();
  d.parts.forEach((p, i) => {
    const max = num(p.maxScore);
    const pass = num(p.passMark);
    if (!p.name.trim()) errors[`part${i}`] = 'required';
    else if (names.has(p.name.trim())) errors[`part${i}`] = 'duplicatePart';
    else if (max === null || max <= 0 || pass === null || pass < 0) errors[`part${i}`] = 'number';
    else if (pass > max) errors[`part${i}`] = 'passMark';
    names.add(p.name.trim());
  });
  if (Object.keys(errors).length > 0) return { fields: null, errors };
  return {
    errors,
    fields: {
      code: d.code.trim(),
      name: d.name.trim(),
      type: d.type,
      tier: d.tier,
      durationDays: duration!,
      validityMonths: validity,
      active: d.active,
      parts: d.parts.map((p) => ({ ...(p.id !== undefined ? { id: p.id } : {}), name: p.name.trim(), maxScore: num(p.maxScore)!, passMark: num(p.passMark)! })),
    },
  };
}

export function CourseDialog({ course, onClose, onSaved }: { course: Course | null; onClose: () => void; onSaved: (c: Course) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => fromCourse(course));
  const [shown, setShown] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setPart = (i: number, patch: Partial<PartDraft>) =>
    setDraft((d) => ({ ...d, parts: d.parts.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const message = (key: ErrorKey | undefined): string | undefined => (key ? t(`training.courses.errors.${key}`) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { fields, errors } = check(draft);
    setShown(errors);
    if (!fields) return;
    setBusy(true);
    setFailure(null);
    try {
      onSaved(await call('training.courses.save', { ...(course ? { id: course.id, expectedUpdatedAt: course.updatedAt } : {}), fields }));
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <Modal title={t(course ? 'training.courses.editTitle' : 'training.courses.newTitle')} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form className="modal__form training-form" onSubmit={submit} noValidate>
        {failure && <TrainingError title={t('training.saveFailed')} error={failure} />}
        <div className="training-form__row">
          <Field label={t('training.courses.code')} error={message(shown.code)}>
            {(c) => <input {...c} className="input input--short" value={draft.code} maxLength={24} onChange={(e) => set({ code: e.target.value })} />}
          </Field>
          <Field label={t('training.courses.name')} error={message(shown.name)}>
            {(c) => <input {...c} className="input" value={draft.name} maxLength={80} onChange={(e) => set({ name: e.target.value })} />}
          </Field>
        </div>
        <div className="training-form__row">
          <Field label={t('training.courses.type')}>
            {(c) => (
              <select {...c} className="input" value={draft.type} onChange={(e) => set({ type: e.target.value as Draft['type'] })}>
                {TRAINING_COURSE_TYPES.map((type) => <option key={type} value={type}>{t(`training.courseTypes.${type}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('training.courses.tier')}>
            {(c) => (
              <select {...c} className="input" value={draft.tier} onChange={(e) => set({ tier: e.target.value as Draft['tier'] })}>
                {TRAINING_TIERS.map((tier) => <option key={tier} value={tier}>{t(`training.tiers.${tier}`)}</option>)}
              </select>
            )}
          </Field>
        </div>
        <div className="training-form__row">
          <Field label={t('training.courses.durationDays')} error={message(shown.durationDays)}>
            {(c) => <input {...c} className="input input--short" inputMode="decimal" value={draft.durationDays} onChange={(e) => set({ durationDays: e.target.value })} />}
          </Field>
          <Field label={t('training.courses.validityMonths')} hint={t('training.courses.validityHint')} error={message(shown.validityMonths)}>
            {(c) => <input {...c} className="input input--short" inputMode="numeric" value={draft.validityMonths} onChange={(e) => set({ validityMonths: e.target.value })} />}
          </Field>
          <label className="training-check">
            <input type="checkbox" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} />
            {t('training.courses.active')}
          </label>
        </div>
        <fieldset className="training-parts">
          <legend>{t('training.courses.parts')}</legend>
          {draft.parts.map((p, i) => (
            <div key={p.id ?? `new-${i}`} className="training-parts__row">
              <input className="input" aria-label={`${t('training.courses.partName')} ${i + 1}`} placeholder={t('training.courses.partName')} value={p.name} maxLength={40} onChange={(e) => setPart(i, { name: e.target.value })} />
              <label className="training-parts__num">
                <span>{t('training.courses.maxScore')}</span>
                <input className="input input--number" inputMode="decimal" value={p.maxScore} onChange={(e) => setPart(i, { maxScore: e.target.value })} />
              </label>
              <label className="training-parts__num">
                <span>{t('training.courses.passMark')}</span>
                <input className="input input--number" inputMode="decimal" value={p.passMark} onChange={(e) => setPart(i, { passMark: e.target.value })} />
              </label>
              <button type="button" className="button button--small" disabled={draft.parts.length === 1} aria-label={t('training.courses.removePart', { name: p.name || i + 1 })} onClick={() => set({ parts: draft.parts.filter((_, j) => j !== i) })}>
                {t('training.grid.remove')}
              </button>
              {shown[`part${i}`] && <p className="field__error training-parts__error">{message(shown[`part${i}`])}</p>}
            </div>
          ))}
          {draft.parts.length < 6 && (
            <button type="button" className="button button--small" onClick={() => set({ parts: [...draft.parts, { id: undefined, name: '', maxScore: '100', passMark: '60' }] })}>
              {t('training.courses.addPart')}
            </button>
          )}
        </fieldset>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>{t('common.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
        </div>
      </form>
    </Modal>
  );
}

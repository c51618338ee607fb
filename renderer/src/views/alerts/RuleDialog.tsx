import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_CATALOG, KPI_IDS, kpiTargetRange } from '../../../../shared/domain/kpi-catalog';
import {
  ALERT_COMPARATORS,
  ALERT_GRAINS,
  ALERT_REFERENCES,
  AlertRuleFields,
  type AlertRule,
} from '../../../../shared/schemas/alerts';
import { SCOPE_DIMS, type ScopeDim } from '../../../../shared/schemas/kpi';
import { call, toApiError, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useLanguage } from '../../i18n/useLanguage';
import { ruleText } from './ruleText';
import { useScopeChoices } from './scopeChoices';

/** Seed 001's example as the starting point of a new rule. */
const BLANK: AlertRuleFields = {
  name: '',
  kpi: 'nps',
  scope: { dim: 'outlet', key: '' },
  grain: 'day',
  comparator: 'below',
  reference: 'benchmark',
  threshold: 40,
  marginPct: 30,
  consecutive: 3,
  minN: 5,
  enabled: true,
};

type Draft = Omit<AlertRuleFields, 'threshold' | 'marginPct' | 'consecutive' | 'minN'> & {
  threshold: string;
  marginPct: string;
  consecutive: string;
  minN: string;
};

const toDraft = (f: AlertRuleFields): Draft => ({
  ...f,
  threshold: f.threshold === null ? '' : String(f.threshold),
  marginPct: String(f.marginPct),
  consecutive: String(f.consecutive),
  minN: String(f.minN),
});

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
const takesNumber = (reference: Draft['reference']) => reference === 'value' || reference === 'benchmark';

function fromDraft(d: Draft): unknown {
  return {
    ...d,
    threshold: takesNumber(d.reference) ? (d.threshold.trim() === '' ? null : number(d.threshold)) : null,
    marginPct: d.reference === 'value' ? 0 : number(d.marginPct),
    consecutive: number(d.consecutive),
    minN: number(d.minN),
  };
}

type Errors = Partial<
  Record<'threshold' | 'marginPct' | 'consecutive' | 'minN' | 'reference' | 'scope', string>
>;

/** Create or edit a rule: every field a native control in reading order, what it means written out as you type. */
export function RuleDialog({
  rule,
  onClose,
  onSaved,
}: {
  rule: AlertRule | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [draft, setDraft] = useState<Draft>(() => toDraft(rule?.fields ?? BLANK));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const choices = useScopeChoices(draft.scope.dim);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const parsed = AlertRuleFields.safeParse(fromDraft(draft));
  const scopeName = choices?.find((c) => c.key === draft.scope.key)?.label ?? null;
  const [min, max] = kpiTargetRange(draft.kpi);

  const explain = (): Errors => {
    if (parsed.success) return {};
    const out: Errors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof Errors | undefined;
      if (!field || out[field]) continue;
      if (field === 'threshold') {
        out.threshold =
          draft.threshold.trim() === ''
            ? t('alerts.rules.errors.required')
            : t('alerts.rules.errors.range', { min, max });
      } else if (field === 'marginPct') out.marginPct = t('alerts.rules.errors.range', { min: 0, max: 1000 });
      else if (field === 'consecutive') out.consecutive = t('alerts.rules.errors.whole', { min: 1, max: 31 });
      else if (field === 'minN') out.minN = t('alerts.rules.errors.whole', { min: 1, max: 100000 });
      else if (field === 'reference') out.reference = t('alerts.rules.errors.orgVsOrg');
      else if (field === 'scope') out.scope = t('alerts.rules.errors.agentKey');
    }
    return out;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = explain();
    setErrors(found);
    if (!parsed.success) return;
    setBusy(true);
    setError(null);
    try {
      await call('alerts.rules.save', { ...(rule ? { id: rule.id } : {}), fields: parsed.data });
      onSaved();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  const dim = draft.scope.dim;
  return (
    <Modal title={rule ? t('alerts.rules.editRule') : t('alerts.rules.newRule')} onCancel={onClose}>
      <form className="modal__form rule-form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label={t('alerts.rules.fields.kpi')}>
            {(control) => (
              <select
                {...control}
                className="input"
                autoFocus
                value={draft.kpi}
                onChange={(e) => set({ kpi: e.target.value as Draft['kpi'] })}
              >
                {KPI_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t(`kpi.defs.${id}.name`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('alerts.rules.fields.grain')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={draft.grain}
                onChange={(e) => set({ grain: e.target.value as Draft['grain'] })}
              >
                {ALERT_GRAINS.map((g) => (
                  <option key={g} value={g}>
                    {t(`alerts.rules.grains.${g}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('alerts.rules.fields.scopeDim')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={dim}
                onChange={(e) => set({ scope: { dim: e.target.value as ScopeDim, key: '' } })}
              >
                {SCOPE_DIMS.map((d) => (
                  <option key={d} value={d}>
                    {t(`kpi.scopeDims.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {dim !== 'org' && (
            <Field label={t('alerts.rules.fields.scopeKey')} error={errors.scope}>
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={draft.scope.key}
                  disabled={choices === null}
                  onChange={(e) => set({ scope: { dim, key: e.target.value } })}
                >
                  <option value="">
                    {dim === 'agent'
                      ? t('kpi.dashboard.chooseScopeValue')
                      : t('alerts.rules.fields.everyMember')}
                  </option>
                  {(choices ?? []).map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label={t('alerts.rules.fields.comparator')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={draft.comparator}
                onChange={(e) => set({ comparator: e.target.value as Draft['comparator'] })}
              >
                {ALERT_COMPARATORS.map((c) => (
                  <option key={c} value={c}>
                    {t(`alerts.rules.comparators.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('alerts.rules.fields.reference')} error={errors.reference}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={draft.reference}
                onChange={(e) => set({ reference: e.target.value as Draft['reference'] })}
              >
                {ALERT_REFERENCES.map((r) => (
                  <option key={r} value={r}>
                    {t(`alerts.rules.references.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {takesNumber(draft.reference) && (
            <Field
              label={
                draft.reference === 'value'
                  ? t('alerts.rules.fields.threshold')
                  : t('alerts.rules.fields.benchmark')
              }
              hint={`${min} – ${max}${t(`kpi.units.${kpiUnit(draft.kpi)}`) ? ` ${t(`kpi.units.${kpiUnit(draft.kpi)}`)}` : ''}`}
              error={errors.threshold}
            >
              {(control) => (
                <input
                  {...control}
                  className="input numeric"
                  inputMode="decimal"
                  value={draft.threshold}
                  onChange={(e) => set({ threshold: e.target.value })}
                />
              )}
            </Field>
          )}
          {draft.reference !== 'value' && (
            <Field
              label={t('alerts.rules.fields.marginPct')}
              hint={t('alerts.rules.fields.marginHint')}
              error={errors.marginPct}
            >
              {(control) => (
                <input
                  {...control}
                  className="input numeric"
                  inputMode="decimal"
                  value={draft.marginPct}
                  onChange={(e) => set({ marginPct: e.target.value })}
                />
              )}
            </Field>
          )}
          <Field
            label={t('alerts.rules.fields.consecutive')}
            hint={t('alerts.rules.fields.consecutiveHint')}
            error={errors.consecutive}
          >
            {(control) => (
              <input
                {...control}
                className="input numeric"
                inputMode="numeric"
                value={draft.consecutive}
                onChange={(e) => set({ consecutive: e.target.value })}
              />
            )}
          </Field>
          <Field
            label={t('alerts.rules.fields.minN')}
            hint={t('alerts.rules.fields.minNHint')}
            error={errors.minN}
          >
            {(control) => (
              <input
                {...control}
                className="input numeric"
                inputMode="numeric"
                value={draft.minN}
                onChange={(e) => set({ minN: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="rule-preview" aria-live="polite" data-testid="rule-preview">
          <span className="rule-preview__label">{t('alerts.rules.preview')}</span>
          {parsed.success ? ruleText(t, language, parsed.data, scopeName) : '—'}
        </div>
        <Field label={t('alerts.rules.fields.name')} hint={t('alerts.rules.fields.nameHint')}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={draft.name}
              maxLength={120}
              onChange={(e) => set({ name: e.target.value })}
            />
          )}
        </Field>
        <label className="rule-check">
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => set({ enabled: e.target.checked })}
          />
          {t('alerts.rules.fields.enabled')}
        </label>
        {error && <ErrorAlert title={t('alerts.saveFailed')} error={error} />}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function kpiUnit(id: Draft['kpi']) {
  return KPI_CATALOG[id].unit;
}

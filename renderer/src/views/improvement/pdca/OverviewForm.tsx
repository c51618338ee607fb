import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { OptionSelect } from '../OptionSelect';
import { useStaffOptions } from '../references';
import { KPI_IDS } from '../../../../../shared/domain/kpi-catalog';
import type { CycleDraft, CycleErrorKey } from './cycleDraft';
import { ScopePicker } from './ScopePicker';

/** Title, problem, scope, owner, dates and the KPI the cycle aims to move. */
export function OverviewForm({
  draft,
  errors,
  onChange,
}: {
  draft: CycleDraft;
  errors: CycleErrorKey[];
  onChange: (patch: Partial<CycleDraft>) => void;
}) {
  const { t } = useTranslation();
  const staff = useStaffOptions();
  const err = (key: CycleErrorKey, text: string) => (errors.includes(key) ? text : undefined);
  return (
    <div className="improvement-form">
      <Field
        label={t('improvement.pdca.fields.title')}
        error={err('title', t('improvement.pdca.errors.title'))}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            value={draft.title}
            maxLength={200}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('improvement.pdca.fields.problem')}>
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={3}
            value={draft.problem}
            maxLength={4000}
            onChange={(e) => onChange({ problem: e.target.value })}
          />
        )}
      </Field>
      <ScopePicker
        kind={draft.scopeKind}
        id={draft.scopeId}
        error={err('scope', t('improvement.pdca.errors.scope'))}
        onChange={(scopeKind, scopeId) => onChange({ scopeKind, scopeId })}
      />
      <div className="form-grid">
        <Field label={t('improvement.pdca.fields.owner')}>
          {(control) => (
            <OptionSelect
              control={control}
              options={staff.status === 'ready' ? staff.data : []}
              value={draft.ownerId}
              empty={t('improvement.common.staffPlaceholder')}
              onChange={(ownerId) => onChange({ ownerId })}
            />
          )}
        </Field>
        <Field label={t('improvement.pdca.fields.startOn')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              value={draft.startOn ?? ''}
              onChange={(e) => onChange({ startOn: e.target.value || null })}
            />
          )}
        </Field>
        <Field
          label={t('improvement.pdca.fields.dueOn')}
          error={err('dates', t('improvement.pdca.errors.dates'))}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              value={draft.dueOn ?? ''}
              onChange={(e) => onChange({ dueOn: e.target.value || null })}
            />
          )}
        </Field>
      </div>
      <div className="form-grid">
        <Field
          label={t('improvement.pdca.fields.kpiId')}
          hint={t('improvement.pdca.fields.kpiHint')}
          error={err('kpi', t('improvement.pdca.errors.kpi'))}
        >
          {(control) => (
            <>
              <input
                {...control}
                className="input"
                list="improvement-kpi-ids"
                value={draft.kpiId ?? ''}
                maxLength={48}
                onChange={(e) => onChange({ kpiId: e.target.value })}
              />
              <datalist id="improvement-kpi-ids">
                {/* The KPI engine's catalog, named in the UI language; a KPI of an area still to come can be typed. */}
                {KPI_IDS.map((id) => (
                  <option key={id} value={id} label={t(`kpi.defs.${id}.name`)} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field
          label={t('improvement.pdca.fields.baseline')}
          error={err('baseline', t('improvement.pdca.errors.number'))}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="decimal"
              value={draft.baseline}
              onChange={(e) => onChange({ baseline: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('improvement.pdca.fields.baselinePeriod')}
          hint={t('improvement.pdca.fields.baselinePeriodHint')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={draft.baselinePeriod}
              maxLength={40}
              onChange={(e) => onChange({ baselinePeriod: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('improvement.pdca.fields.target')}
          error={err('target', t('improvement.pdca.errors.number'))}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="decimal"
              value={draft.target}
              onChange={(e) => onChange({ target: e.target.value })}
            />
          )}
        </Field>
      </div>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKpiValue } from '../../../../shared/charts/kpi-format';
import { KPI_CATALOG, kpiTargetRange } from '../../../../shared/domain/kpi-catalog';
import { KpiTargetInput, type KpiScope, type KpiValue } from '../../../../shared/schemas/kpi';
import { call, toApiError, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * Set a KPI's target for the dashboard's scope, checked with the contract's own schema before it is sent, or reset
 * it (the scope's own target is removed: the organisation's applies, else the default). Audited in core.
 */
export function TargetDialog({
  kpi,
  scope,
  scopeLabel,
  onClose,
  onSaved,
}: {
  kpi: KpiValue;
  scope: KpiScope;
  scopeLabel: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const meta = KPI_CATALOG[kpi.id];
  const unit = t(`kpi.units.${meta.unit}`);
  const format = (v: number) => formatKpiValue(kpi.id, v, language, unit);
  const name = t(`kpi.defs.${kpi.id}.name`);
  const [min, max] = kpiTargetRange(kpi.id);
  // The scope's own target (or the organisation's, on the organisation) is what the field edits.
  const own = kpi.targetOrigin === (scope.dim === 'org' ? 'org' : 'scope');
  const [text, setText] = useState(own && kpi.target !== null ? String(kpi.target) : '');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const send = async (target: number | null) => {
    setBusy(true);
    setFailure(null);
    try {
      await call('kpi.targets.set', { kpi: kpi.id, scope, target });
      onSaved();
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim().replace(',', '.');
    if (trimmed === '' || !Number.isFinite(Number(trimmed))) {
      setInvalid(t('kpi.targets.required'));
      return;
    }
    const parsed = KpiTargetInput.safeParse({ kpi: kpi.id, scope, target: Number(trimmed) });
    if (!parsed.success) {
      setInvalid(t('kpi.targets.range', { min, max }));
      return;
    }
    setInvalid(null);
    void send(parsed.data.target);
  };

  const hint = t(
    meta.direction === 'higher'
      ? 'kpi.targets.hintHigher'
      : meta.direction === 'lower'
        ? 'kpi.targets.hintLower'
        : 'kpi.targets.hintNeutral',
    { min, max },
  );
  return (
    <Modal title={t('kpi.targets.title', { name })} onCancel={() => !busy && onClose()} onDismissed={onClose}>
      <form
        className="modal__form target-dialog"
        onSubmit={submit}
        noValidate
        data-testid="kpi-target-dialog"
      >
        <p className="card__hint">{t('kpi.targets.scope', { scope: scopeLabel })}</p>
        <p className="target-dialog__facts">
          <span>
            {kpi.target === null
              ? t('kpi.targets.none')
              : t('kpi.targets.current', {
                  value: format(kpi.target),
                  origin: t(`kpi.targets.origin.${kpi.targetOrigin}`),
                })}
          </span>
          <span>
            {meta.defaultTarget === null
              ? t('kpi.targets.noDefault')
              : t('kpi.targets.defaultTarget', { value: format(meta.defaultTarget), seed: meta.targetSeed })}
          </span>
        </p>
        {failure && <ErrorAlert title={t('kpi.targets.failed')} error={failure} />}
        <Field
          label={unit ? t('kpi.targets.label', { unit }) : t('kpi.targets.labelPlain')}
          hint={hint}
          error={invalid ?? undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input target-dialog__input"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              autoFocus
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <div className="modal__actions">
          {own && (
            <button
              type="button"
              className="button target-dialog__reset"
              title={t('kpi.targets.resetHint')}
              onClick={() => void send(null)}
              disabled={busy}
            >
              {t('kpi.targets.reset')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose} disabled={busy}>
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

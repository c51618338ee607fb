import { useTranslation } from 'react-i18next';
import { CRITICAL_LEVELS, ITEM_SCALES, SERVQUAL_DIMENSIONS } from '../../../../../shared/schemas/audits';
import { Field } from '../../../components/Field';
import type { DraftErrors, ItemDraft } from './templateDraft';

/** One item's fields: key, labels, scale, weight, bonus, critical level, SERVQUAL dimension and guidance. */
export function ItemEditor({
  item,
  path,
  n,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  item: ItemDraft;
  path: string;
  n: number;
  errors: DraftErrors;
  onChange: (patch: Partial<ItemDraft>) => void;
  onMove: (step: 1 | -1) => void;
  onRemove: (() => void) | null;
}) {
  const { t } = useTranslation();
  const err = (field: string) => (errors[`${path}.${field}`] ? t(`audits.templates.errors.${errors[`${path}.${field}`]!}`) : undefined);
  const text = (field: 'key' | 'labelZh' | 'labelEn', label: string) => (
    <Field label={label} error={err(field)}>
      {(control) => <input {...control} className="input" value={item[field]} maxLength={200} onChange={(e) => onChange({ [field]: e.target.value })} />}
    </Field>
  );
  return (
    <fieldset className="template-item">
      <legend className="template-item__legend">{t('audits.templates.item', { n })}</legend>
      <div className="template-item__grid">
        {text('key', t('audits.templates.itemKey'))}
        {text('labelZh', t('audits.templates.labelZh'))}
        {text('labelEn', t('audits.templates.labelEn'))}
        <Field label={t('audits.templates.scale')}>
          {(control) => (
            <select {...control} className="input" value={item.scale} onChange={(e) => onChange({ scale: e.target.value as ItemDraft['scale'] })}>
              {ITEM_SCALES.map((s) => <option key={s} value={s}>{t(`audits.scales.${s}`)}</option>)}
            </select>
          )}
        </Field>
        {item.scale === 'points' && (
          <Field label={t('audits.templates.maxPoints')} error={err('maxPoints')}>
            {(control) => <input {...control} className="input" inputMode="numeric" value={item.maxPoints} onChange={(e) => onChange({ maxPoints: e.target.value })} />}
          </Field>
        )}
        <Field label={t('audits.templates.weight')} error={err('weight')}>
          {(control) => <input {...control} className="input" inputMode="decimal" value={item.weight} onChange={(e) => onChange({ weight: e.target.value })} />}
        </Field>
        <Field label={t('audits.templates.critical')} error={err('critical')}>
          {(control) => (
            <select {...control} className="input" value={item.critical} onChange={(e) => onChange({ critical: e.target.value as ItemDraft['critical'] })}>
              {CRITICAL_LEVELS.map((c) => <option key={c} value={c}>{t(`audits.critical.${c}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('audits.templates.servqual')}>
          {(control) => (
            <select {...control} className="input" value={item.servqual} onChange={(e) => onChange({ servqual: e.target.value as ItemDraft['servqual'] })}>
              {SERVQUAL_DIMENSIONS.map((d) => <option key={d} value={d}>{t(`audits.servqual.${d}`)}</option>)}
            </select>
          )}
        </Field>
        <label className="audits-check template-item__bonus">
          <input type="checkbox" checked={item.bonus} onChange={(e) => onChange({ bonus: e.target.checked })} />
          <span>{t('audits.templates.bonus')}</span>
        </label>
      </div>
      <div className="template-item__guidance">
        <Field label={t('audits.templates.guidance')}>
          {(control) => (
            <textarea {...control} className="input textarea" rows={2} maxLength={2000} value={item.guidance} onChange={(e) => onChange({ guidance: e.target.value })} />
          )}
        </Field>
        <Field label={t('audits.templates.guidanceEn')}>
          {(control) => (
            <textarea {...control} className="input textarea" rows={2} maxLength={2000} value={item.guidanceEn ?? ''} onChange={(e) => onChange({ guidanceEn: e.target.value })} />
          )}
        </Field>
      </div>
      <div className="template-item__tools">
        <button type="button" className="button button--small" onClick={() => onMove(-1)}>{t('audits.templates.moveUp')}</button>
        <button type="button" className="button button--small" onClick={() => onMove(1)}>{t('audits.templates.moveDown')}</button>
        {onRemove && (
          <button type="button" className="button button--small" aria-label={`${t('audits.templates.removeItem')} ${t('audits.templates.item', { n })}`} onClick={onRemove}>
            {t('audits.templates.removeItem')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { ItemEditor } from './ItemEditor';
import { moved, newItem, type DraftErrors, type ItemDraft, type SectionDraft } from './templateDraft';

/** One section: its key, labels and weight, then its items in order. */
export function SectionEditor({
  section,
  index,
  errors,
  itemCount,
  onChange,
  onMove,
  onRemove,
}: {
  section: SectionDraft;
  index: number;
  errors: DraftErrors;
  /** Items in the whole template, so a new item gets a fresh key. */
  itemCount: number;
  onChange: (next: SectionDraft) => void;
  onMove: (step: 1 | -1) => void;
  onRemove: (() => void) | null;
}) {
  const { t } = useTranslation();
  const path = `s${index}`;
  const err = (field: string) => (errors[`${path}.${field}`] ? t(`audits.templates.errors.${errors[`${path}.${field}`]!}`) : undefined);
  const set = (patch: Partial<SectionDraft>) => onChange({ ...section, ...patch });
  const setItem = (i: number, patch: Partial<ItemDraft>) =>
    set({ items: section.items.map((item, j) => (j === i ? { ...item, ...patch } : item)) });
  const text = (field: 'key' | 'labelZh' | 'labelEn' | 'weight', label: string) => (
    <Field label={label} error={err(field)}>
      {(control) => <input {...control} className="input" value={section[field]} maxLength={200} onChange={(e) => set({ [field]: e.target.value })} />}
    </Field>
  );
  return (
    <section className="template-section" aria-label={t('audits.templates.section', { n: index + 1 })}>
      <div className="template-section__head">
        <h3>{t('audits.templates.section', { n: index + 1 })}</h3>
        <div className="template-item__tools">
          <button type="button" className="button button--small" onClick={() => onMove(-1)}>{t('audits.templates.moveUp')}</button>
          <button type="button" className="button button--small" onClick={() => onMove(1)}>{t('audits.templates.moveDown')}</button>
          {onRemove && <button type="button" className="button button--small" onClick={onRemove}>{t('audits.templates.removeSection')}</button>}
        </div>
      </div>
      <div className="template-section__grid">
        {text('key', t('audits.templates.sectionKey'))}
        {text('labelZh', t('audits.templates.labelZh'))}
        {text('labelEn', t('audits.templates.labelEn'))}
        {text('weight', t('audits.templates.weight'))}
      </div>
      {section.items.map((item, i) => (
        <ItemEditor
          key={item.uid}
          item={item}
          path={`${path}.i${i}`}
          n={i + 1}
          errors={errors}
          onChange={(patch) => setItem(i, patch)}
          onMove={(step) => set({ items: moved(section.items, i, step) })}
          onRemove={section.items.length > 1 ? () => set({ items: section.items.filter((_, j) => j !== i) }) : null}
        />
      ))}
      <button type="button" className="button" onClick={() => set({ items: [...section.items, newItem(itemCount + 1)] })}>
        {t('audits.templates.addItem')}
      </button>
    </section>
  );
}

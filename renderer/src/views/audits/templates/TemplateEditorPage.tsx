import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_KINDS, type Template } from '../../../../../shared/schemas/audits';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { PageHeader } from '../../../components/PageHeader';
import { AuditsError } from '../AuditsError';
import { auditTabHref, templateHref } from '../auditsRoute';
import { SectionEditor } from './SectionEditor';
import { checkDraft, moved, newSection, toDraft, type DraftErrors, type TemplateDraft } from './templateDraft';

const none = () => Promise.resolve(null);

/** Create a scorecard, or edit the current version (a version with results is saved as the next version). */
export function TemplateEditorPage({ id }: { id: number | null }) {
  const { t } = useTranslation();
  const load = useCallback(() => (id === null ? none() : call('audits.templates.get', { id })), [id]);
  const template = useResource<Template | null>(load);
  const title = id === null ? t('audits.templates.titleNew') : t('audits.templates.titleEdit', { code: template.status === 'ready' ? template.data?.code : `#${id}` });
  return (
    <>
      <PageHeader title={title}>
        <a className="audits-back" href={auditTabHref('templates')}>{t('audits.templates.back')}</a>
      </PageHeader>
      {template.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {template.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={template.error} />}
      {template.status === 'ready' && <TemplateForm template={template.data} />}
    </>
  );
}

function TemplateForm({ template }: { template: Template | null }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TemplateDraft>(() => toDraft(template));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const readOnly = template !== null && !template.current;
  const set = (patch: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const itemCount = draft.sections.reduce((n, s) => n + s.items.length, 0);
  const err = (field: string) => (errors[field] ? t(`audits.templates.errors.${errors[field]}`) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { fields, errors: found } = checkDraft(draft);
    setErrors(found);
    setNotice(null);
    if (!fields) return;
    setBusy(true);
    setFailure(null);
    try {
      const saved = await call('audits.templates.save', { ...(template ? { id: template.id, expectedUpdatedAt: template.updatedAt } : {}), fields });
      if (template === null || saved.id !== template.id) {
        window.location.hash = templateHref(saved.id);
        return;
      }
      setNotice(t('audits.templates.saved'));
      setBusy(false);
    } catch (err) {
      setFailure(toApiError(err));
      setBusy(false);
    }
  };

  return (
    <form className="template-form" onSubmit={submit} noValidate>
      {readOnly && <Alert tone="info">{t('audits.templates.oldNote', { version: template.version })}</Alert>}
      {template?.current && template.results > 0 && (
        <Alert tone="info">{t('audits.templates.versionNote', { count: template.results, next: template.version + 1 })}</Alert>
      )}
      {template && <p className="muted">{t('audits.form.version', { version: template.version })}</p>}
      <fieldset className="template-form__body" disabled={readOnly}>
        <div className="template-form__head">
          <Field label={t('audits.templates.code')} error={err('code')}>
            {(control) => <input {...control} className="input" value={draft.code} maxLength={32} autoFocus onChange={(e) => set({ code: e.target.value })} />}
          </Field>
          <Field label={t('audits.templates.nameZh')} error={err('nameZh')}>
            {(control) => <input {...control} className="input" value={draft.nameZh} maxLength={200} onChange={(e) => set({ nameZh: e.target.value })} />}
          </Field>
          <Field label={t('audits.templates.nameEn')} error={err('nameEn')}>
            {(control) => <input {...control} className="input" value={draft.nameEn} maxLength={200} onChange={(e) => set({ nameEn: e.target.value })} />}
          </Field>
          <Field label={t('audits.templates.kind')}>
            {(control) => (
              <select {...control} className="input" value={draft.kind} disabled={template !== null} onChange={(e) => set({ kind: e.target.value as TemplateDraft['kind'] })}>
                {TEMPLATE_KINDS.map((k) => <option key={k} value={k}>{t(`audits.kinds.${k}`)}</option>)}
              </select>
            )}
          </Field>
          <label className="audits-check">
            <input type="checkbox" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} />
            <span>{t('audits.templates.activeLabel')}</span>
          </label>
        </div>
        <h2 className="template-form__sections">{t('audits.templates.sections')}</h2>
        {draft.sections.map((section, i) => (
          <SectionEditor
            key={section.uid}
            section={section}
            index={i}
            errors={errors}
            itemCount={itemCount}
            onChange={(next) => set({ sections: draft.sections.map((s, j) => (j === i ? next : s)) })}
            onMove={(step) => set({ sections: moved(draft.sections, i, step) })}
            onRemove={draft.sections.length > 1 ? () => set({ sections: draft.sections.filter((_, j) => j !== i) }) : null}
          />
        ))}
        <button type="button" className="button" onClick={() => set({ sections: [...draft.sections, newSection(draft.sections.length + 1, itemCount + 1)] })}>
          {t('audits.templates.addSection')}
        </button>
      </fieldset>
      {Object.keys(errors).length > 0 && <Alert tone="error">{t('audits.templates.invalid')}</Alert>}
      {failure && <AuditsError title={t('audits.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
      {notice && <Alert tone="success" onDismiss={() => setNotice(null)}>{notice}</Alert>}
      {!readOnly && (
        <div className="template-form__actions">
          <a className="button" href={auditTabHref('templates')}>{t('common.cancel')}</a>
          <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
        </div>
      )}
    </form>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import {
  emptyDraft,
  isCodeTaken,
  NAME_EN_MAX,
  NAME_ZH_MAX,
  toDraft,
  validateCategory,
  type CategoryDraft,
  type CategoryErrors,
  type CategoryNode,
} from './categoryDraft';

export type CategoryEdit =
  { mode: 'create'; parent: CategoryNode | null; sort: number } | { mode: 'edit'; node: CategoryNode };

/** Create a category (top-level or under a parent) or edit one's code and names. */
export function CategoryDialog({
  edit,
  label,
  onSaved,
  onClose,
}: {
  edit: CategoryEdit;
  label: (node: CategoryNode) => string;
  onSaved: (saved: { nameZh: string; nameEn: string }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CategoryDraft>(() =>
    edit.mode === 'edit' ? toDraft(edit.node) : emptyDraft(),
  );
  const [errors, setErrors] = useState<CategoryErrors | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // Focus moves to the first field in error once React has drawn the errors (and released the read-only state).
  const [focusRequest, setFocusRequest] = useState(0);
  const focusFirstError = () => setFocusRequest((n) => n + 1);
  useEffect(() => {
    if (focusRequest > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);
  const base =
    edit.mode === 'edit'
      ? { id: edit.node.id, parentId: edit.node.parentId, sort: edit.node.sort }
      : { parentId: edit.parent?.id ?? null, sort: edit.sort };

  const change = (patch: Partial<CategoryDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (errors) {
      const result = validateCategory(next, base);
      setErrors(result.ok ? null : result.errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const result = validateCategory(draft, base);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const saved = await call('categories.save', result.input);
      onSaved(saved);
    } catch (err) {
      const error = toApiError(err);
      setBusy(false);
      if (isCodeTaken(error)) {
        setErrors({ code: 'codeTaken' });
        focusFirstError();
      } else setFailure(error);
    }
  };

  const message = (field: keyof CategoryDraft) => {
    const key = errors?.[field];
    return key
      ? t(`settings.categories.errors.${key}`, {
          code: draft.code.trim(),
          max: field === 'nameZh' ? NAME_ZH_MAX : NAME_EN_MAX,
        })
      : undefined;
  };
  const title =
    edit.mode === 'edit'
      ? t('settings.categories.dialog.edit', { name: label(edit.node) })
      : edit.parent
        ? t('settings.categories.dialog.createChild', { parent: label(edit.parent) })
        : t('settings.categories.dialog.createTop');
  const fields = [
    {
      key: 'code',
      label: t('settings.categories.fields.code'),
      hint: t('settings.categories.fields.codeHint'),
    },
    { key: 'nameZh', label: t('settings.categories.fields.nameZh'), lang: 'zh-CN' },
    { key: 'nameEn', label: t('settings.categories.fields.nameEn'), lang: 'en' },
  ] as const;

  return (
    <Modal
      title={title}
      onCancel={() => {
        if (!busy) onClose();
      }}
      onDismissed={onClose}
    >
      <form ref={form} className="modal__form" onSubmit={submit} noValidate>
        {fields.map((f) => (
          <Field key={f.key} label={f.label} hint={'hint' in f ? f.hint : undefined} error={message(f.key)}>
            {(control) => (
              <input
                {...control}
                className={f.key === 'code' ? 'input input--code' : 'input'}
                type="text"
                autoComplete="off"
                spellCheck={f.key !== 'code'}
                lang={'lang' in f ? f.lang : undefined}
                autoFocus={f.key === (edit.mode === 'edit' ? 'nameZh' : 'code')}
                readOnly={busy}
                value={draft[f.key]}
                onChange={(event) => change({ [f.key]: event.target.value })}
              />
            )}
          </Field>
        ))}
        {failure && <ErrorAlert title={t('settings.categories.saveFailed')} error={failure} />}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy
              ? t('common.saving')
              : edit.mode === 'edit'
                ? t('settings.categories.dialog.submitEdit')
                : t('settings.categories.dialog.submitCreate')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail, TicketFields } from '../../../../../shared/schemas/tickets';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { useLanguage } from '../../../i18n/useLanguage';
import { TicketFieldGroups, type PickerField, type PickerLabels } from './TicketFieldGroups';
import {
  changedFields,
  errorFromHost,
  FIELD_NAMES,
  toDraft,
  validateDraft,
  type FieldErrors,
  type FieldName,
  type TicketDraft,
} from './ticketDraft';
import { formatInZone } from '../zonedTime';

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'conflict'; updatedAt: number | null };

/** What the form edits: a stored ticket, or the starting fields of a new one (id null). */
export interface FormBase {
  id: number | null;
  updatedAt: number;
  fields: TicketFields;
  labels: PickerLabels;
  segment: string | null;
}

export function baseOf(detail: TicketDetail, language: string): FormBase {
  const l = detail.labels;
  return {
    id: detail.id,
    updatedAt: detail.updatedAt,
    fields: detail.fields,
    labels: {
      categoryId: language === 'en' ? (l.categoryEn ?? l.categoryZh) : l.categoryZh,
      outletId: l.outlet,
      teamId: l.team,
      assigneeId: l.assignee,
      customerId: l.customer,
      productId: l.product,
    },
    segment: l.customerSegment,
  };
}

/**
 * The editable ticket. Checked with the contract's schema before saving; after a failed attempt errors follow the
 * edits live. Only changed fields are sent, with the version the user saw, so a save over someone else's is refused
 * (CONFLICT) and the user chooses whether to keep their edits on top of the latest version.
 */
export function TicketForm({
  initial,
  timeZone,
  onSaved,
}: {
  initial: FormBase;
  timeZone: string;
  /** A stored ticket after create or update. */
  onSaved: (detail: TicketDetail) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState(() => toDraft(initial.fields, timeZone));
  const [labels, setLabels] = useState(initial.labels);
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const form = useRef<HTMLFormElement>(null);
  // The way out of a conflict gets the focus, next to the button that was pressed.
  const conflictAction = useRef<HTMLButtonElement>(null);
  const savedDraft = toDraft(base.fields, timeZone);
  const dirty = FIELD_NAMES.some((name) => draft[name] !== savedDraft[name]);
  const isNew = base.id === null;

  const revalidate = (next: TicketDraft) => {
    if (!errors) return;
    const result = validateDraft(next, timeZone, base.fields);
    setErrors(result.ok ? null : result.errors);
  };

  const change = (name: FieldName, value: string) => {
    const next = { ...draft, [name]: value };
    setDraft(next);
    if (status.kind === 'saved' || status.kind === 'failed') setStatus({ kind: 'idle' });
    revalidate(next);
  };

  const pick = (name: PickerField, id: string, label: string | null) => {
    setLabels((prev) => ({ ...prev, [name]: label }));
    change(name, id);
  };

  const focusFirstError = () =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (status.kind === 'saving' || (!dirty && !isNew)) return;
    const result = validateDraft(draft, timeZone, base.fields);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus({ kind: 'idle' });
      focusFirstError();
      return;
    }
    setErrors(null);
    setStatus({ kind: 'saving' });
    try {
      const detail =
        base.id === null
          ? await call('tickets.create', { fields: result.fields })
          : await call('tickets.update', {
              id: base.id,
              patch: changedFields(base.fields, result.fields),
              expectedUpdatedAt: base.updatedAt,
            });
      const next = baseOf(detail, language);
      setBase(next);
      setDraft(toDraft(next.fields, timeZone));
      setLabels(next.labels);
      setStatus({ kind: 'saved' });
      onSaved(detail);
    } catch (err) {
      const error = toApiError(err);
      const fieldErrors = errorFromHost(error.code, error.details);
      if (fieldErrors) {
        setErrors(fieldErrors);
        setStatus({ kind: 'idle' });
        focusFirstError();
      } else if (error.code === 'CONFLICT') {
        const updatedAt = error.details['updatedAt'];
        setStatus({ kind: 'conflict', updatedAt: typeof updatedAt === 'number' ? updatedAt : null });
        requestAnimationFrame(() => conflictAction.current?.focus());
      } else {
        setStatus({ kind: 'failed', error });
      }
    }
  };

  const discard = () => {
    setDraft(savedDraft);
    setLabels(base.labels);
    setErrors(null);
    setStatus({ kind: 'idle' });
  };

  /** After a conflict: the latest stored version becomes the base; the user's own edits stay on top, or not. */
  const reload = async (keepMine: boolean) => {
    if (base.id === null) return;
    try {
      const latest = baseOf(await call('tickets.get', { id: base.id }), language);
      const latestDraft = toDraft(latest.fields, timeZone);
      const mine = FIELD_NAMES.filter((name) => draft[name] !== savedDraft[name]);
      setBase(latest);
      setDraft(
        keepMine ? { ...latestDraft, ...Object.fromEntries(mine.map((n) => [n, draft[n]])) } : latestDraft,
      );
      setLabels(
        keepMine
          ? {
              ...latest.labels,
              ...Object.fromEntries(
                mine.filter((n) => n in labels).map((n) => [n, labels[n as PickerField]]),
              ),
            }
          : latest.labels,
      );
      setErrors(null);
      setStatus({ kind: 'idle' });
    } catch (err) {
      setStatus({ kind: 'failed', error: toApiError(err) });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && dirty && !event.defaultPrevented) {
      event.preventDefault();
      discard();
    }
  };

  return (
    <form
      ref={form}
      className="card ticket-form"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={isNew ? t('ticket.titleNew') : t('ticket.title', { id: base.id })}
      data-testid="ticket-form"
    >
      <p className="card__hint ticket-form__note">
        {t('ticket.timeZoneNote', { zone: timeZone })} {t('ticket.shortcuts')}
      </p>
      {errors && (
        <Alert tone="error">
          <p>{t('ticket.errors.summary')}</p>
        </Alert>
      )}
      <TicketFieldGroups
        draft={draft}
        errors={errors}
        labels={labels}
        segment={draft.customerId === String(base.fields.customerId ?? '') ? base.segment : null}
        onChange={change}
        onPick={pick}
      />

      {status.kind === 'failed' && <ErrorAlert title={t('ticket.save.failed')} error={status.error} />}
      {status.kind === 'conflict' && (
        <Alert tone="error" title={t('ticket.save.conflictTitle')}>
          <p>
            {t('ticket.save.conflictBody', {
              at: status.updatedAt === null ? '' : formatInZone(language, timeZone, status.updatedAt),
            })}
          </p>
          <div className="alert__actions">
            <button
              type="button"
              className="button button--small"
              ref={conflictAction}
              onClick={() => void reload(true)}
            >
              {t('ticket.save.reloadKeep')}
            </button>
            <button type="button" className="button button--small" onClick={() => void reload(false)}>
              {t('ticket.save.reloadDiscard')}
            </button>
          </div>
        </Alert>
      )}

      <div className="form-actions ticket-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={(!dirty && !isNew) || status.kind === 'saving' || status.kind === 'conflict'}
        >
          {status.kind === 'saving' ? t('common.saving') : isNew ? t('ticket.save.create') : t('common.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!dirty || status.kind === 'saving'}
          onClick={discard}
        >
          {t('common.discard')}
        </button>
        <p className="form-actions__status" role="status">
          {status.kind === 'saved' ? t('ticket.save.saved') : dirty ? t('ticket.save.unsaved') : ''}
        </p>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../../shared/schemas/tickets';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Alert, ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { useLanguage } from '../../../i18n/useLanguage';
import { RefPicker } from './RefPicker';
import { formatInZone } from '../zonedTime';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: ApiError };

/**
 * The second follow-up of an unresolved or unsatisfied case: why it entered the queue, its owner, status and note,
 * saved through `followUps.update`. Tickets not in the queue say so.
 */
export function FollowUpCard({
  followUp,
  timeZone,
  onSaved,
}: {
  followUp: FollowUp | null;
  timeZone: string;
  onSaved: (followUp: FollowUp) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="ticket-follow-up-title" data-testid="ticket-follow-up">
      <h2 id="ticket-follow-up-title" className="card__title">
        {t('ticket.followUp.title')}
      </h2>
      {followUp ? (
        <FollowUpForm key={followUp.ticketId} followUp={followUp} timeZone={timeZone} onSaved={onSaved} />
      ) : (
        <p className="muted">{t('ticket.followUp.none')}</p>
      )}
    </section>
  );
}

function FollowUpForm({
  followUp,
  timeZone,
  onSaved,
}: {
  followUp: FollowUp;
  timeZone: string;
  onSaved: (followUp: FollowUp) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [saved, setSaved] = useState(followUp);
  const [ownerId, setOwnerId] = useState(followUp.ownerId === null ? '' : String(followUp.ownerId));
  const [owner, setOwner] = useState(followUp.owner);
  const [status, setStatus] = useState(followUp.status);
  const [note, setNote] = useState(followUp.note);
  const [state, setState] = useState<Status>({ kind: 'idle' });
  const dirty =
    ownerId !== (saved.ownerId === null ? '' : String(saved.ownerId)) ||
    status !== saved.status ||
    note !== saved.note;

  const touch = () => {
    if (state.kind !== 'saving') setState({ kind: 'idle' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || state.kind === 'saving') return;
    setState({ kind: 'saving' });
    try {
      const next = await call('followUps.update', {
        ticketId: saved.ticketId,
        ownerId: ownerId === '' ? null : Number(ownerId),
        status,
        note,
      });
      setSaved(next);
      setState({ kind: 'saved' });
      onSaved(next);
    } catch (err) {
      setState({ kind: 'failed', error: toApiError(err) });
    }
  };

  return (
    <form className="follow-up" onSubmit={submit} noValidate>
      <p className="follow-up__reason">
        <span className="badge badge--warning">{t(`ticket.followUp.reason.${saved.reason}`)}</span>
        <span className="muted">
          {t('ticket.followUp.enteredAt', { at: formatInZone(language, timeZone, saved.createdAt) })}
          {saved.doneAt !== null &&
            ` · ${t('ticket.followUp.doneAt', { at: formatInZone(language, timeZone, saved.doneAt) })}`}
        </span>
      </p>
      <Field label={t('ticket.followUp.owner')}>
        {(control) => (
          <RefPicker
            control={control}
            kind="staff"
            fieldLabel={t('ticket.followUp.owner')}
            value={ownerId}
            label={owner}
            onChange={(id, label) => {
              setOwnerId(id);
              setOwner(label);
              touch();
            }}
          />
        )}
      </Field>
      <Field label={t('ticket.followUp.status')}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as FollowUp['status']);
              touch();
            }}
          >
            <option value="open">{t('ticket.followUp.statusValues.open')}</option>
            <option value="done">{t('ticket.followUp.statusValues.done')}</option>
          </select>
        )}
      </Field>
      <Field label={t('ticket.followUp.note')}>
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
              touch();
            }}
          />
        )}
      </Field>
      {state.kind === 'failed' && <ErrorAlert title={t('ticket.followUp.failed')} error={state.error} />}
      {state.kind === 'saved' && <Alert tone="success">{<p>{t('ticket.followUp.saved')}</p>}</Alert>}
      <div className="follow-up__actions">
        <button type="submit" className="button" disabled={!dirty || state.kind === 'saving'}>
          {state.kind === 'saving' ? t('common.saving') : t('ticket.followUp.save')}
        </button>
      </div>
    </form>
  );
}

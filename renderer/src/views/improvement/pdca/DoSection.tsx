import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleDetail } from '../../../../../shared/schemas/improvement';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { Icon } from '../../../components/Icon';
import { Attachments } from '../../attachments/Attachments';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Do: a dated log of what the team did. */
export function DoSection({ detail, onDetail }: { detail: CycleDetail; onDetail: (d: CycleDetail) => void }) {
  const { t } = useTranslation();
  const [onDate, setOnDate] = useState(today);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [filesOf, setFilesOf] = useState<number | null>(null);

  const toggleFiles = (id: number) => {
    // Closing the files re-reads the cycle, so the entry's count follows what was added or deleted.
    if (filesOf === id) void run(() => call('pdca.get', { id: detail.id }));
    setFilesOf(filesOf === id ? null : id);
  };

  const run = async (work: () => Promise<CycleDetail>) => {
    setError(null);
    try {
      onDetail(await work());
      return true;
    } catch (err) {
      setError(toApiError(err));
      return false;
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '' || !onDate) {
      setMissing(true);
      return;
    }
    if (await run(() => call('pdca.log.add', { cycleId: detail.id, onDate, note: note.trim() }))) {
      setNote('');
      setMissing(false);
    }
  };

  return (
    <>
      {detail.log.length === 0 ? (
        <p className="muted">{t('improvement.pdca.do.logEmpty')}</p>
      ) : (
        <ol className="log" data-testid="cycle-log">
          {detail.log.map((entry) => (
            <Fragment key={entry.id}>
              <li className="log__entry">
                <time className="log__date">{entry.onDate}</time>
                <p className="log__note">{entry.note}</p>
                <span className="log__by muted">{t('improvement.pdca.do.by', { actor: entry.actor })}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-expanded={filesOf === entry.id}
                  onClick={() => toggleFiles(entry.id)}
                >
                  {filesOf === entry.id
                    ? t('improvement.pdca.do.hideFiles')
                    : t('improvement.pdca.do.files', { count: entry.attachments })}
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('improvement.pdca.do.remove')}
                  title={t('improvement.pdca.do.remove')}
                  onClick={() => void run(() => call('pdca.log.delete', { id: entry.id }))}
                >
                  <Icon name="x" size={16} />
                </button>
              </li>
              {filesOf === entry.id && (
                <li className="log__files">
                  <Attachments owner={{ kind: 'pdca_log', id: entry.id }} />
                </li>
              )}
            </Fragment>
          ))}
        </ol>
      )}
      <form className="log-form" onSubmit={add} noValidate>
        <Field label={t('improvement.pdca.do.date')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              value={onDate}
              onChange={(e) => setOnDate(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('improvement.pdca.do.note')}
          error={missing && note.trim() === '' ? t('improvement.pdca.do.noteRequired') : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={note}
              maxLength={4000}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button">
          {t('improvement.pdca.do.add')}
        </button>
      </form>
      {error && (
        <ErrorAlert
          title={t('improvement.common.saveFailed')}
          error={error}
          onDismiss={() => setError(null)}
        />
      )}
    </>
  );
}

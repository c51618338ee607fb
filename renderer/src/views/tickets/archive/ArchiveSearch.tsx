import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/api';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { Icon } from '../../../components/Icon';
import { formatZonedDate } from '../zonedTime';

type Hit = MethodOutput<'tickets.archive'>[number];

/** Results per request; "load more" asks for the next page. */
const PAGE = 30;

/** The words found, marked in the text (case-insensitive, as the search is). */
function highlight(text: string, query: string): ReactNode {
  const words = query
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return text;
  const parts = text.split(new RegExp(`(${words.join('|')})`, 'gi'));
  return parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}

type State =
  | { status: 'idle' }
  | { status: 'searching'; text: string; hits: Hit[] }
  | { status: 'ready'; text: string; hits: Hit[]; more: boolean }
  | { status: 'error'; text: string; hits: Hit[]; error: ApiError };

/**
 * The problem resolution archive: closed cases whose description, solution or feedback contain every word typed,
 * newest closure first - how was this kind of problem solved before?
 */
export function ArchiveSearch({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });

  const run = async (query: string, before: Hit[]) => {
    setState({ status: 'searching', text: query, hits: before });
    try {
      const page = await call('tickets.archive', { text: query, limit: PAGE, offset: before.length });
      setState({ status: 'ready', text: query, hits: [...before, ...page], more: page.length === PAGE });
    } catch (err) {
      setState({ status: 'error', text: query, hits: before, error: toApiError(err) });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = text.trim();
    if (query) void run(query, []);
  };

  const hits = state.status === 'idle' ? [] : state.hits;
  const searched = state.status === 'idle' ? '' : state.text;
  return (
    <section className="card archive">
      <h2 className="card__title">{t('tickets.archive.title')}</h2>
      <p className="card__hint">{t('tickets.archive.hint')}</p>
      <form className="archive__form" role="search" onSubmit={submit}>
        <label className="sr-only" htmlFor={id}>
          {t('tickets.archive.label')}
        </label>
        <input
          id={id}
          className="input"
          type="search"
          maxLength={200}
          value={text}
          placeholder={t('tickets.archive.placeholder')}
          autoComplete="off"
          onChange={(event) => setText(event.target.value)}
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={state.status === 'searching' || !text.trim()}
        >
          {t('tickets.archive.submit')}
        </button>
      </form>

      {state.status === 'idle' && <p className="muted">{t('tickets.archive.idle')}</p>}
      {state.status === 'error' && <ErrorAlert title={t('tickets.archive.failed')} error={state.error} />}
      {state.status === 'ready' && hits.length === 0 && (
        <p className="archive__empty" data-testid="archive-empty">
          {t('tickets.archive.empty')}
        </p>
      )}
      {hits.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {t('tickets.archive.results', { count: hits.length })}
          </p>
          <ol className="archive__list" data-testid="archive-results">
            {hits.map((hit) => (
              <li key={hit.id} className="archive__hit">
                <div className="archive__hit-head">
                  <a className="archive__subject" href={`#/tickets/${hit.id}`}>
                    {highlight(hit.subject, searched)}
                  </a>
                  <span className="muted">
                    #{hit.id}
                    {hit.externalId ? ` · ${hit.externalId}` : ''}
                    {hit.closedAt !== null &&
                      ` · ${t('tickets.archive.closedAt', { when: formatZonedDate(i18n.language, timeZone, hit.closedAt) })}`}
                  </span>
                </div>
                <dl className="archive__facts">
                  <dt>{t('tickets.archive.description')}</dt>
                  <dd>{highlight(hit.description, searched)}</dd>
                  <dt>{t('tickets.archive.resolution')}</dt>
                  <dd>
                    {hit.resolution === null ? (
                      <span className="muted">{t('tickets.archive.noResolution')}</span>
                    ) : (
                      highlight(hit.resolution, searched)
                    )}
                  </dd>
                  <dt>{t('tickets.archive.feedback')}</dt>
                  <dd>
                    {hit.callbackResult === null && hit.csat === null ? (
                      <span className="muted">{t('tickets.archive.noFeedback')}</span>
                    ) : (
                      <span className="archive__feedback">
                        {hit.callbackResult !== null && (
                          <span
                            className={`badge ${hit.callbackResult === 'unsatisfied' ? 'badge--danger' : hit.callbackResult === 'satisfied' ? 'badge--success' : 'badge--muted'}`}
                          >
                            {t(`tickets.callbackResult.${hit.callbackResult as 'satisfied'}`, {
                              defaultValue: hit.callbackResult,
                            })}
                          </span>
                        )}
                        {hit.csat !== null && <span>{t('tickets.archive.csat', { value: hit.csat })}</span>}
                      </span>
                    )}
                  </dd>
                </dl>
              </li>
            ))}
          </ol>
          {state.status === 'ready' && state.more && (
            <button type="button" className="button" onClick={() => void run(state.text, hits)}>
              {t('tickets.archive.more')}
            </button>
          )}
          {state.status === 'searching' && (
            <p className="muted">
              <Icon name="info" size={14} /> {t('common.loading')}
            </p>
          )}
        </>
      )}
      {state.status === 'searching' && hits.length === 0 && <p className="muted">{t('common.loading')}</p>}
    </section>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../../shared/schemas/workspace';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatHistoryValue, refKey, referencedIds, type RefNames } from './historyValues';
import { formatInZone } from '../zonedTime';

const PAGE = 50;
const FIELD_LABELS = new Set([
  'externalId',
  'channel',
  'type',
  'categoryId',
  'tier',
  'outletId',
  'teamId',
  'assigneeId',
  'customerId',
  'productId',
  'subject',
  'description',
  'status',
  'createdAt',
  'firstResponseAt',
  'escalatedAt',
  'resolvedAt',
  'closedAt',
  'resolution',
  'reopenCount',
  'fcr',
  'compensationType',
  'compensationAmount',
  'callbackAt',
  'callbackResult',
  'csat',
  'nps',
  'ces',
  'repeatOfId',
]);
const FOLLOW_UP_LABELS = new Set(['ownerId', 'status', 'note', 'doneAt']);

interface Page {
  entries: AuditEntry[];
  names: Map<string, string>;
  /** Id to continue below, or null when everything is shown. */
  next: number | null;
}

/**
 * The ticket's own audit entries and its follow-up's, newest first, merged page by page: each page asks both for
 * entries below the cursor and keeps the newest PAGE of the union, so nothing is skipped or shown twice.
 */
async function loadPage(ticketId: number, beforeId: number | null): Promise<Page> {
  const cursor = beforeId === null ? {} : { beforeId };
  const entityId = String(ticketId);
  const [ticket, followUp] = await Promise.all([
    call('audit.list', { entity: 'ticket', entityId, limit: PAGE + 1, ...cursor }),
    call('audit.list', { entity: 'follow_up', entityId, limit: PAGE + 1, ...cursor }),
  ]);
  const merged = [...ticket, ...followUp].sort((a, b) => b.id - a.id);
  const entries = merged.slice(0, PAGE);
  const names = new Map<string, string>();
  await Promise.all(
    [...referencedIds(entries)].map(async ([kind, ids]) => {
      const options = await call('ref.options', { kind, ids: [...ids].slice(0, 500), limit: 1000 });
      for (const o of options) names.set(refKey(kind, o.id), o.label);
    }),
  );
  return { entries, names, next: merged.length > PAGE ? (entries.at(-1)?.id ?? null) : null };
}

type State =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; entries: AuditEntry[]; names: RefNames; next: number | null; more: boolean };

/** Who changed what and when: one line per changed field, before → after, in readable labels. */
export function TicketHistory({
  ticketId,
  version,
  timeZone,
}: {
  ticketId: number;
  version: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [state, setState] = useState<State>({ status: 'loading' });

  // `version` (the ticket's updatedAt and the follow-up saves) changes after each save: reload from the top.
  useEffect(() => {
    let live = true;
    loadPage(ticketId, null).then(
      (page) => {
        if (live) setState({ status: 'ready', ...page, more: false });
      },
      (err: unknown) => {
        if (live) setState({ status: 'error', error: toApiError(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [ticketId, version]);

  const more = useCallback(async () => {
    if (state.status !== 'ready' || state.next === null) return;
    setState({ ...state, more: true });
    try {
      const page = await loadPage(ticketId, state.next);
      setState({
        status: 'ready',
        entries: [...state.entries, ...page.entries],
        names: new Map([...state.names, ...page.names]),
        next: page.next,
        more: false,
      });
    } catch (err) {
      setState({ status: 'error', error: toApiError(err) });
    }
  }, [state, ticketId]);

  const context = state.status === 'ready' ? { language, timeZone, names: state.names } : null;

  const changes = (entry: AuditEntry) => {
    if (!context) return null;
    const before = (entry.before ?? {}) as Record<string, unknown>;
    const after = (entry.after ?? {}) as Record<string, unknown>;
    const followUp = entry.entity === 'follow_up';
    const known = followUp ? FOLLOW_UP_LABELS : FIELD_LABELS;
    const fields = Object.keys(after).filter((f) => known.has(f));
    return fields.map((field) => {
      const valueField = followUp && field === 'status' ? 'followUpStatus' : field;
      const label = followUp
        ? t(`ticket.history.followUpFields.${field as 'ownerId'}`)
        : t(`ticket.fields.${field as 'subject'}`);
      return (
        <li key={field} className="history__change">
          <span className="history__field">{label}</span>{' '}
          <span className="history__before">{formatHistoryValue(t, context, valueField, before[field])}</span>
          <span className="history__arrow" aria-hidden="true">
            →
          </span>
          <span className="sr-only">{t('ticket.history.arrow')}</span>
          <span className="history__after">{formatHistoryValue(t, context, valueField, after[field])}</span>
        </li>
      );
    });
  };

  const headline = (entry: AuditEntry): string | null => {
    if (entry.entity === 'follow_up') {
      if (entry.action !== 'create') return t('ticket.history.followUpUpdated');
      const reason = (entry.after as { reason?: string } | null)?.reason;
      const why =
        reason === 'unresolved' || reason === 'low_csat' || reason === 'callback_unsatisfied'
          ? ` · ${t(`ticket.followUp.reason.${reason}`)}`
          : '';
      return t('ticket.history.followUpCreated') + why;
    }
    return entry.action === 'create' ? t('ticket.history.created') : null;
  };

  return (
    <section className="card" aria-labelledby="ticket-history-title">
      <h2 id="ticket-history-title" className="card__title">
        {t('ticket.history.title')}
      </h2>
      {state.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {state.status === 'error' && <ErrorAlert title={t('ticket.history.failed')} error={state.error} />}
      {state.status === 'ready' && state.entries.length === 0 && (
        <p className="muted">{t('ticket.history.empty')}</p>
      )}
      {state.status === 'ready' && state.entries.length > 0 && (
        <ol className="history" data-testid="ticket-history">
          {state.entries.map((entry) => {
            const title = headline(entry);
            return (
              <li key={entry.id} className="history__item">
                <div className="history__head">
                  <span className="history__key">{title ?? entry.actor}</span>
                  <span className="history__meta">
                    {title ? `${entry.actor} · ` : ''}
                    <time dateTime={new Date(entry.at).toISOString()}>
                      {formatInZone(language, timeZone, entry.at)}
                    </time>
                  </span>
                </div>
                {entry.action === 'update' && <ul className="history__changes">{changes(entry)}</ul>}
              </li>
            );
          })}
        </ol>
      )}
      {state.status === 'ready' && state.next !== null && (
        <button
          type="button"
          className="button button--small"
          disabled={state.more}
          onClick={() => void more()}
        >
          {state.more ? t('common.loading') : t('ticket.history.more')}
        </button>
      )}
    </section>
  );
}

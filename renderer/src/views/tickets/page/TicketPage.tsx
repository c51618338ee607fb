import { useCallback, useState } from 'react';
import { useTopOnChange } from '../useTopOnChange';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../../../shared/schemas/tickets';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { ErrorAlert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { useLanguage } from '../../../i18n/useLanguage';
import { ticketHref, ticketsHref } from '../ticketsRoute';
import { FollowUpCard } from './FollowUpCard';
import { RepeatLinks } from './RepeatLinks';
import { SlaClocks } from './SlaClocks';
import { TicketForm, baseOf, type FormBase } from './TicketForm';
import { TicketHistory } from './TicketHistory';
import { newTicketFields } from './ticketDraft';
import './ticket-page.css';

const loadSettings = () => call('settings.get', {});

const NO_LABELS: FormBase['labels'] = {
  categoryId: null,
  outletId: null,
  teamId: null,
  assigneeId: null,
  customerId: null,
  productId: null,
};

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={ticketsHref('list')}>
      <span aria-hidden="true">←</span>
      {t('ticket.backToList')}
    </a>
  );
}

/** A new ticket (#/tickets/new): the form alone; once created, the page of the stored ticket takes over. */
export function NewTicketPage() {
  const { t } = useTranslation();
  const settings = useResource(loadSettings);
  const [initial] = useState<FormBase>(() => ({
    id: null,
    updatedAt: 0,
    fields: newTicketFields(Date.now()),
    labels: NO_LABELS,
    segment: null,
  }));
  return (
    <div className="ticket-page">
      <BackLink />
      <PageHeader title={t('ticket.titleNew')} />
      {settings.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {settings.status === 'error' && <ErrorAlert title={t('ticket.loadFailed')} error={settings.error} />}
      {settings.status === 'ready' && (
        <TicketForm
          initial={initial}
          timeZone={settings.data.timeZone}
          onSaved={(detail) => window.location.assign(ticketHref(detail.id))}
        />
      )}
    </div>
  );
}

/**
 * One ticket (#/tickets/<id>): the editable fields, and beside them what core derives - SLA clocks, repeat links,
 * the second follow-up - and the history from the audit log.
 */
export function TicketPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const top = useTopOnChange(id);
  const settings = useResource(loadSettings);
  const load = useCallback(() => call('tickets.get', { id }), [id]);
  const loaded = useResource(load);
  return (
    <div className="ticket-page" ref={top}>
      <BackLink />
      {(settings.status === 'loading' ||
        loaded.status === 'loading' ||
        (loaded.status === 'ready' && loaded.data.id !== id)) && (
        <>
          <PageHeader title={t('ticket.title', { id })} />
          <p className="muted">{t('common.loading')}</p>
        </>
      )}
      {(settings.status === 'error' || loaded.status === 'error') && (
        <>
          <PageHeader title={t('ticket.title', { id })} />
          {settings.status === 'error' && (
            <ErrorAlert title={t('ticket.loadFailed')} error={settings.error} />
          )}
          {loaded.status === 'error' && <ErrorAlert title={t('ticket.loadFailed')} error={loaded.error} />}
        </>
      )}
      {/* While another ticket loads, the previous one's data is still at hand: never show it under this id. */}
      {settings.status === 'ready' && loaded.status === 'ready' && loaded.data.id === id && (
        <LoadedTicket
          key={id}
          initial={loaded.data}
          timeZone={settings.data.timeZone}
          pauseStatuses={settings.data.pauseStatuses}
        />
      )}
    </div>
  );
}

function LoadedTicket({
  initial,
  timeZone,
  pauseStatuses,
}: {
  initial: TicketDetail;
  timeZone: string;
  pauseStatuses: readonly string[];
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [detail, setDetail] = useState(initial);
  const [formBase] = useState(() => baseOf(initial, language));
  const [followUpSaves, setFollowUpSaves] = useState(0);
  return (
    <>
      <PageHeader title={t('ticket.title', { id: detail.id })}>
        <p className="page-header__lead ticket-page__subject">{detail.fields.subject}</p>
      </PageHeader>
      <div className="ticket-layout">
        <div className="ticket-layout__main">
          <TicketForm initial={formBase} timeZone={timeZone} onSaved={setDetail} />
        </div>
        <aside className="ticket-layout__aside">
          <SlaClocks
            sla={detail.sla}
            paused={pauseStatuses.includes(detail.fields.status)}
            timeZone={timeZone}
          />
          <FollowUpCard
            followUp={detail.followUp}
            timeZone={timeZone}
            onSaved={(followUp) => {
              setDetail((prev) => ({ ...prev, followUp }));
              setFollowUpSaves((n) => n + 1);
            }}
          />
          <RepeatLinks repeatOf={detail.repeatOf} repeats={detail.repeats} timeZone={timeZone} />
          <TicketHistory
            ticketId={detail.id}
            version={`${detail.updatedAt}:${followUpSaves}`}
            timeZone={timeZone}
          />
        </aside>
      </div>
    </>
  );
}

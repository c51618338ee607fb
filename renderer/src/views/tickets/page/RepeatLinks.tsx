import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../../../shared/schemas/tickets';
import { useLanguage } from '../../../i18n/useLanguage';
import { ticketHref } from '../ticketsRoute';
import { formatInZone } from '../zonedTime';

type Link = TicketDetail['repeats'][number];

/** The complaint this one repeats, and later complaints that repeat this one: links to their pages. */
export function RepeatLinks({
  repeatOf,
  repeats,
  timeZone,
}: {
  repeatOf: Link | null;
  repeats: Link[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const item = (link: Link) => (
    <li key={link.id} className="ticket-links__item">
      <a href={ticketHref(link.id)}>{t('ticket.repeats.link', { id: link.id, subject: link.subject })}</a>
      <span className="ticket-links__meta">
        {link.externalId && <span className="numeric">{link.externalId} · </span>}
        {t('ticket.repeats.createdAt', { at: formatInZone(language, timeZone, link.createdAt) })}
      </span>
    </li>
  );
  return (
    <section className="card" aria-labelledby="ticket-repeats-title" data-testid="ticket-repeats">
      <h2 id="ticket-repeats-title" className="card__title">
        {t('ticket.repeats.title')}
      </h2>
      {!repeatOf && repeats.length === 0 && <p className="muted">{t('ticket.repeats.none')}</p>}
      {repeatOf && (
        <>
          <p className="ticket-links__lead">{t('ticket.repeats.repeatOf')}</p>
          <ul className="ticket-links">{item(repeatOf)}</ul>
        </>
      )}
      {repeats.length > 0 && (
        <>
          <p className="ticket-links__lead">{t('ticket.repeats.repeatedBy')}</p>
          <ul className="ticket-links">{repeats.map(item)}</ul>
        </>
      )}
    </section>
  );
}

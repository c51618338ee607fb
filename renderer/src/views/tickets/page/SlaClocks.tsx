import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ClockView, TicketDetail } from '../../../../../shared/schemas/tickets';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDuration } from './formatDuration';
import { formatInZone } from '../zonedTime';

type Clock = z.infer<typeof ClockView>;
type State = 'met' | 'running' | 'paused' | 'breached' | 'escalate';

const BADGE: Record<State, string> = {
  met: 'badge badge--success',
  running: 'badge badge--muted',
  paused: 'badge badge--warning',
  breached: 'badge badge--danger',
  escalate: 'badge badge--warning',
};

function stateOf(clock: Clock, paused: boolean): State {
  if (clock.breached) return 'breached';
  if (clock.remainingMs === null) return 'met';
  if (paused) return 'paused';
  return clock.escalate ? 'escalate' : 'running';
}

/** Response and resolution clocks as measured by core: target, due, elapsed, remaining or breach, and state. */
export function SlaClocks({
  sla,
  paused,
  timeZone,
}: {
  sla: TicketDetail['sla'];
  /** The ticket's status stops the clocks (a pause status of the workspace). */
  paused: boolean;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();

  const clock = (name: 'response' | 'resolution', c: Clock | null) => {
    const title = t(`ticket.sla.${name}`);
    if (!c) {
      return (
        <div className="sla-clock" key={name}>
          <h3 className="sla-clock__title">{title}</h3>
          <p className="muted">{t('ticket.sla.noTarget')}</p>
        </div>
      );
    }
    const state = stateOf(c, paused);
    return (
      <div className={`sla-clock sla-clock--${state}`} key={name} data-testid={`sla-${name}`}>
        <div className="sla-clock__head">
          <h3 className="sla-clock__title">{title}</h3>
          <span className={BADGE[state]}>{t(`ticket.sla.state.${state}`)}</span>
        </div>
        <dl className="facts sla-clock__facts">
          <dt>{t('ticket.sla.target')}</dt>
          <dd>
            {formatDuration(t, c.targetMinutes * 60_000)} · {t(`ticket.sla.basis.${c.basis}`)}
          </dd>
          <dt>{t('ticket.sla.due')}</dt>
          <dd>{c.dueAt === null ? t('common.none') : formatInZone(language, timeZone, c.dueAt)}</dd>
          <dt>{t('ticket.sla.elapsed')}</dt>
          <dd>{formatDuration(t, c.elapsedMs)}</dd>
          {c.breached ? (
            <>
              <dt>{t('ticket.sla.breachedBy')}</dt>
              <dd className="sla-clock__breach">{formatDuration(t, c.breachMs)}</dd>
            </>
          ) : (
            c.remainingMs !== null && (
              <>
                <dt>{t('ticket.sla.remaining')}</dt>
                <dd>{formatDuration(t, c.remainingMs)}</dd>
              </>
            )
          )}
        </dl>
      </div>
    );
  };

  return (
    <section className="card" aria-labelledby="ticket-sla-title">
      <h2 id="ticket-sla-title" className="card__title">
        {t('ticket.sla.title')}
      </h2>
      {clock('response', sla.response)}
      {clock('resolution', sla.resolution)}
      <p className="card__footnote">
        {sla.policyVersion === null
          ? t('ticket.sla.notMeasured')
          : t('ticket.sla.policyVersion', { version: sla.policyVersion })}
      </p>
    </section>
  );
}

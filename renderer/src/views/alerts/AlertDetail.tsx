import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { alertFiguresOption } from '../../../../shared/charts/alert-figures';
import { improvementZh } from '../../../../shared/i18n/improvement/zh-CN';
import { ALERT_FOLLOW_UPS, type Alert, type AlertFollowUp } from '../../../../shared/schemas/alerts';
import { call, toApiError, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/Alert';
import { useLanguage } from '../../i18n/useLanguage';
import { EChart } from '../dashboard/EChart';
import { go } from '../improvement/route';
import { formatInZone } from '../tickets/zonedTime';
import { alertScopeText } from './InboxPanel';
import { kpiValueText, ruleText } from './ruleText';

const SIX_M = Object.keys(improvementZh.rca.bones.sixM) as (keyof typeof improvementZh.rca.bones.sixM)[];

/** Where a linked record opens. */
const HREF = {
  worksheet: (id: number) => `rca/${id}`,
  cycle: (id: number) => `pdca/${id}`,
  action: () => 'actions',
};

/**
 * One alert: what the rule means, the figures of the periods that raised it (chart and table), acknowledge, and one
 * click into a fishbone, 5-Why, PDCA cycle or action pre-filled with the KPI, scope and baseline.
 */
export function AlertDetail({
  alert,
  timeZone,
  onChanged,
}: {
  alert: Alert;
  timeZone: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const kpi = alert.rule.kpi;
  const kpiName = t(`kpi.defs.${kpi}.name`);
  const scope = alertScopeText(t, language, alert);
  const meaning = ruleText(
    t,
    language,
    alert.rule,
    language === 'en' && alert.scopeNameEn ? alert.scopeNameEn : alert.scopeName,
  );
  const format = (v: number | null) => kpiValueText(t, language, kpi, v);
  const last = alert.periods[alert.periods.length - 1];
  const range =
    alert.firstPeriod === alert.lastPeriod
      ? alert.firstPeriod
      : t('alerts.detail.periodRange', { from: alert.firstPeriod, to: alert.lastPeriod });
  const option = useMemo(
    () =>
      alertFiguresOption({
        periods: alert.periods.map((p) => p.period),
        values: alert.periods.map((p) => p.value),
        limits: alert.periods.map((p) => p.limit),
        valueName: t('alerts.detail.valueSeries'),
        limitName: t('alerts.detail.limitSeries'),
        format: (v) => kpiValueText(t, language, kpi, v),
      }),
    [alert.periods, kpi, t, language],
  );

  const linkedOf = (kind: AlertFollowUp) =>
    kind === 'pdca' ? alert.cycle : kind === 'action' ? alert.action : alert.worksheet;

  const run = async (work: () => Promise<Alert>, then?: (a: Alert) => void) => {
    setBusy(true);
    setError(null);
    try {
      const updated = await work();
      onChanged();
      then?.(updated);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const followUp = (kind: AlertFollowUp) =>
    run(
      () =>
        call('alerts.followUp', {
          id: alert.id,
          kind,
          title: t(`alerts.detail.titles.${kind}`, { kpi: kpiName, scope }).slice(0, 200),
          problem: t('alerts.detail.problem', {
            rule: meaning,
            range,
            value: format(last?.value ?? null),
            limit: format(last?.limit ?? null),
          }).slice(0, 2000),
          boneLabels:
            kind === 'fishbone'
              ? SIX_M.map((key) => t(`improvement.rca.bones.sixM.${key}` as 'improvement.rca.bones.sixM.man'))
              : [],
        }),
      (updated) => {
        if (kind === 'pdca' && updated.cycle) go(HREF.cycle(updated.cycle.id));
        else if (kind === 'action') go(HREF.action());
        else if (updated.worksheet) go(HREF.worksheet(updated.worksheet.id));
      },
    );

  return (
    <section className="alert-detail" aria-labelledby="alert-detail-title" data-testid="alert-detail">
      <header className="alert-detail__head">
        <span className={`alert-state alert-state--${alert.state}`}>{t(`alerts.states.${alert.state}`)}</span>
        <h2 id="alert-detail-title" className="alert-detail__title">
          {meaning}
        </h2>
      </header>
      {alert.ruleId === null && <p className="muted">{t('alerts.detail.ruleDeleted')}</p>}
      <p className="alert-detail__facts muted">
        <span>{range}</span>
        <span>{t('alerts.detail.raised', { time: formatInZone(language, timeZone, alert.raisedAt) })}</span>
        {alert.acknowledgedAt !== null && (
          <span>
            {t('alerts.detail.acknowledged', {
              time: formatInZone(language, timeZone, alert.acknowledgedAt),
            })}
          </span>
        )}
        {alert.resolvedAt !== null && (
          <span>
            {t('alerts.detail.resolved', { time: formatInZone(language, timeZone, alert.resolvedAt) })}
          </span>
        )}
      </p>
      <div className="alert-detail__body">
        <div className="alert-detail__figures">
          <h3 className="alert-detail__subtitle">{t('alerts.detail.figures')}</h3>
          <EChart option={option} label={t('alerts.detail.chartLabel', { kpi: kpiName })} height={200} />
          <table className="alert-figures">
            <thead>
              <tr>
                <th scope="col">{t('alerts.detail.period')}</th>
                <th scope="col">{t('alerts.detail.value')}</th>
                <th scope="col">{t('alerts.detail.n')}</th>
                {alert.rule.reference !== 'value' && <th scope="col">{t('alerts.detail.reference')}</th>}
                <th scope="col">{t('alerts.detail.limit')}</th>
              </tr>
            </thead>
            <tbody>
              {alert.periods.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.period}</th>
                  <td className="numeric alert-figures__breach">{format(p.value)}</td>
                  <td className="numeric">{p.n}</td>
                  {alert.rule.reference !== 'value' && <td className="numeric">{format(p.reference)}</td>}
                  <td className="numeric">{format(p.limit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="alert-detail__actions">
          {alert.state === 'new' && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run(() => call('alerts.acknowledge', { id: alert.id }))}
            >
              {t('alerts.detail.acknowledge')}
            </button>
          )}
          <h3 className="alert-detail__subtitle">{t('alerts.detail.followUp')}</h3>
          <ul className="alert-follow-ups">
            {ALERT_FOLLOW_UPS.map((kind) => {
              const linked = linkedOf(kind);
              const sameKind =
                kind === 'fishbone' || kind === 'five_why' ? alert.worksheet?.kind === kind : true;
              return (
                <li key={kind}>
                  {linked && sameKind ? (
                    <a
                      className="alert-follow-ups__link"
                      href={`#/${kind === 'pdca' ? HREF.cycle(linked.id) : kind === 'action' ? HREF.action() : HREF.worksheet(linked.id)}`}
                    >
                      <span className="badge badge--accent">{t('alerts.detail.linked')}</span>
                      {t(`alerts.detail.linkKinds.${kind}`)} · {linked.title}
                    </a>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      disabled={busy || linked !== null}
                      onClick={() => void followUp(kind)}
                    >
                      {t(`alerts.detail.open.${kind}`)}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {error && <ErrorAlert title={t('alerts.detail.followUpFailed')} error={error} />}
        </div>
      </div>
    </section>
  );
}

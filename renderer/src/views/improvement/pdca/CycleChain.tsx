import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_IDS, type KpiId } from '../../../../../shared/domain/kpi-catalog';
import type { CycleDetail } from '../../../../../shared/schemas/improvement';

/** Bring one section of the cycle page into view (the hash holds the route, so no #anchors). */
const showSection = (section: string) =>
  document
    .querySelector(`[data-section="${section}"]`)
    ?.scrollIntoView({ behavior: 'smooth', block: 'start' });

function Step({ title, section, children }: { title: string; section: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className="chain__step">
      <div className="chain__head">
        <span className="chain__title">{title}</span>
        <button type="button" className="link-button chain__jump" onClick={() => showSection(section)}>
          {t('improvement.chain.jump')}
        </button>
      </div>
      <div className="chain__body">{children}</div>
    </li>
  );
}

/**
 * The cycle's whole traceability chain on one line: the KPI it aims to move, the root-cause analyses behind it,
 * the actions and the check; every worksheet is a link, every step scrolls to its section.
 */
export function CycleChain({ detail }: { detail: CycleDetail }) {
  const { t } = useTranslation();
  const { fields, worksheets, actions } = detail;
  const live = actions.filter((a) => a.status !== 'cancelled');
  const done = live.filter((a) => a.status === 'done' || a.status === 'closed').length;
  const overdue = actions.filter((a) => a.overdue).length;
  const none = t('improvement.common.none');
  const kpiName =
    fields.kpiId === null
      ? null
      : (KPI_IDS as readonly string[]).includes(fields.kpiId)
        ? t(`kpi.defs.${fields.kpiId as KpiId}.name`)
        : fields.kpiId;
  return (
    <nav className="chain" aria-label={t('improvement.chain.label')} data-testid="cycle-chain">
      <ol className="chain__steps">
        <Step title={t('improvement.chain.kpi')} section="overview">
          <strong>{kpiName ?? t('improvement.chain.noKpi')}</strong>
          {kpiName !== null && (
            <span className="muted">
              {t('improvement.chain.baselineTarget', {
                baseline: fields.baseline ?? none,
                target: fields.target ?? none,
              })}
            </span>
          )}
        </Step>
        <Step title={t('improvement.chain.rootCause')} section="plan">
          {worksheets.length === 0 ? (
            <a href={`#/rca/new/fishbone/${detail.id}`}>{t('improvement.chain.startFishbone')}</a>
          ) : (
            <>
              {worksheets.slice(0, 2).map((w) => (
                <a key={w.id} href={`#/rca/${w.id}`} className="chain__link">
                  {t(`improvement.rca.kinds.${w.kind}`)} · {w.title}
                </a>
              ))}
              {worksheets.length > 2 && (
                <span className="muted">
                  {t('improvement.chain.moreSheets', { count: worksheets.length - 2 })}
                </span>
              )}
            </>
          )}
        </Step>
        <Step title={t('improvement.chain.actions')} section="plan">
          {live.length === 0 ? (
            <span className="muted">{t('improvement.chain.noActions')}</span>
          ) : (
            <strong>{t('improvement.chain.actionsDone', { done, total: live.length })}</strong>
          )}
          {overdue > 0 && (
            <span className="badge badge--danger">{t('improvement.chain.overdue', { count: overdue })}</span>
          )}
        </Step>
        <Step title={t('improvement.chain.check')} section="check">
          {fields.verdict === null ? (
            <span className="muted">{t('improvement.chain.notChecked')}</span>
          ) : (
            <strong>{t(`improvement.pdca.verdicts.${fields.verdict}`)}</strong>
          )}
        </Step>
      </ol>
    </nav>
  );
}

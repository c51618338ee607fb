import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiGroup } from '../../../../../shared/schemas/training';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { TrainingError } from '../TrainingError';

const COVERAGE_TARGET = 1;
const PASS_TARGET = 0.95;

function Rate({ done, of, target }: { done: number; of: number; target: number }) {
  const { t } = useTranslation();
  if (of === 0) return <span className="muted">{t('training.kpis.noData')}</span>;
  const rate = done / of;
  const met = rate >= target - 1e-9;
  return (
    <span className={met ? 'kpi-rate kpi-rate--met' : 'kpi-rate kpi-rate--missed'} title={t(met ? 'training.kpis.targetMet' : 'training.kpis.targetMissed')}>
      <strong>{`${(rate * 100).toFixed(1)}%`}</strong>
      <span className="muted"> {t('training.kpis.ratio', { done, of })}</span>
      <span className="training-sr"> {t(met ? 'training.kpis.targetMet' : 'training.kpis.targetMissed')}</span>
    </span>
  );
}

function KpiRow({ group, header }: { group: KpiGroup; header: string }) {
  return (
    <tr>
      <th scope="row">{header}</th>
      <td className="num">{group.staff}</td>
      <td><Rate done={group.assessed} of={group.mustAssess} target={COVERAGE_TARGET} /></td>
      <td><Rate done={group.passed} of={group.results} target={PASS_TARGET} /></td>
      <td><Rate done={group.newHiresTrained} of={group.newHires} target={1} /></td>
      <td className="num">{`${group.expiring30} / ${group.expiring60} / ${group.expiring90}`}</td>
    </tr>
  );
}

/** Coverage, pass rate, new-hire training and expiring certificates per outlet or team, against their targets. */
export function KpiPanel() {
  const { t } = useTranslation();
  const [groupBy, setGroupBy] = useState<'outlet' | 'team'>('outlet');
  const load = useCallback(() => call('training.kpis', { groupBy }), [groupBy]);
  const kpis = useResource(load);
  return (
    <section className="card kpi-card" aria-labelledby="kpi-title">
      <div className="card__heading-row">
        <h2 id="kpi-title" className="card__title">{t('training.kpis.title')}</h2>
        <div className="segmented" role="group" aria-label={t('training.kpis.groupBy')}>
          {(['outlet', 'team'] as const).map((g) => (
            <button key={g} type="button" className="segmented__option" aria-pressed={groupBy === g} onClick={() => setGroupBy(g)}>
              {t(g === 'outlet' ? 'training.kpis.byOutlet' : 'training.kpis.byTeam')}
            </button>
          ))}
        </div>
      </div>
      {kpis.status === 'error' && <TrainingError title={t('training.loadFailed')} error={kpis.error} />}
      {kpis.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {kpis.status === 'ready' && (
        <>
          <p className="card__hint">{t('training.kpis.period', kpis.data)}</p>
          <div className="kpi-table-wrap">
            <table className="kpi-table">
              <thead>
                <tr>
                  <th scope="col">{t('training.kpis.group')}</th>
                  <th scope="col" className="num">{t('training.kpis.staffCount')}</th>
                  <th scope="col" title={t('training.kpis.coverageHint')}>{t('training.kpis.coverage')}</th>
                  <th scope="col" title={t('training.kpis.passRateHint')}>{t('training.kpis.passRate')}</th>
                  <th scope="col" title={t('training.kpis.newHireHint')}>{t('training.kpis.newHire')}</th>
                  <th scope="col" className="num">{t('training.kpis.expiring')}</th>
                </tr>
              </thead>
              <tbody>
                {kpis.data.groups.map((g) => <KpiRow key={g.id ?? 'none'} group={g} header={g.name ?? t('training.kpis.noGroup')} />)}
              </tbody>
              <tfoot>
                <KpiRow group={kpis.data.total} header={t('training.kpis.total')} />
              </tfoot>
            </table>
          </div>
          <ul className="kpi-notes">
            <li>{t('training.kpis.coverage')}: {t('training.kpis.coverageHint')}</li>
            <li>{t('training.kpis.passRate')}: {t('training.kpis.passRateHint')}</li>
            <li>{t('training.kpis.newHire')}: {t('training.kpis.newHireHint')}</li>
          </ul>
        </>
      )}
    </section>
  );
}

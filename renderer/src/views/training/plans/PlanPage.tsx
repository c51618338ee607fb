import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../../shared/schemas/training-plans';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { PageHeader } from '../../../components/PageHeader';
import { trainingTabHref } from '../trainingRoute';
import { TrainingError } from '../TrainingError';
import { PlanCheckins } from './PlanCheckins';
import { PlanDialog } from './PlanDialog';
import { PlanReviewCard } from './PlanReviewCard';
import './plans.css';

/** One improvement plan: who and why, the 30/60/90-day goals with their reviews and outcome, and the check-ins. */
export function PlanPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const load = useCallback(() => call('training.plans.get', { id }), [id]);
  const loaded = useResource(load);
  const [written, setWritten] = useState<PlanDetail | null>(null);
  const plan = written ?? (loaded.status === 'ready' ? loaded.data : null);
  const [editing, setEditing] = useState(false);

  const back = (
    <a className="button button--small" href={trainingTabHref('plans')}>
      {t('training.plans.back')}
    </a>
  );
  if (loaded.status === 'error') {
    return (
      <>
        <PageHeader title={t('areas.training.title')}>{back}</PageHeader>
        <TrainingError title={t('training.loadFailed')} error={loaded.error} />
      </>
    );
  }
  if (!plan) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <PageHeader title={t('training.plans.title', { name: plan.staffName })}>
        <div className="session-head">
          {back}
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>{t('training.plans.edit')}</button>
        </div>
      </PageHeader>
      <p className="session-facts">
        {t('training.plans.facts', {
          employeeNo: plan.employeeNo,
          name: plan.staffName,
          outlet: plan.outletName ?? t('training.none'),
          mentor: plan.mentorName ?? t('training.plans.noMentor'),
          start: plan.startOn,
          end: plan.endOn,
        })}
        {' · '}
        <span className={`plan-state plan-state--${plan.state}`}>{t(`training.plans.states.${plan.state}`)}</span>
      </p>
      <p className="session-facts session-facts--muted">{t('training.plans.reasonLine', { reason: plan.reason })}</p>
      <div className="plan-layout">
        <PlanReviewCard plan={plan} onChanged={setWritten} />
        <PlanCheckins plan={plan} onChanged={setWritten} />
      </div>
      {editing && (
        <PlanDialog
          plan={plan}
          onClose={() => setEditing(false)}
          onSaved={(p) => {
            setEditing(false);
            setWritten(p);
          }}
        />
      )}
    </>
  );
}

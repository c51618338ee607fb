import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { ErrorAlert } from '../../../components/Alert';
import { RecomputeCard } from '../RecomputeCard';
import { PolicyForm } from './PolicyForm';
import { PolicyVersions } from './PolicyVersions';
import { minutesPerWorkday } from './policyDraft';
import { policyVersions } from './versionList';

/** The current policy, the working day's length (for targets in working days) and every version's history. */
const loadPolicy = async () => {
  const [policy, settings, history] = await Promise.all([
    call('sla.policy.get', {}),
    call('settings.get', {}),
    call('audit.list', { entity: 'sla_policy', limit: 500 }),
  ]);
  return { policy, dayMinutes: minutesPerWorkday(settings.workingCalendar), history };
};

export function SlaTab() {
  const { t } = useTranslation();
  const data = useResource(loadPolicy);
  const [changed, setChanged] = useState(false);
  const { reload } = data;
  const saved = useCallback(() => {
    setChanged(true);
    reload();
  }, [reload]);
  if (data.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (data.status === 'error') return <ErrorAlert title={t('settings.sla.loadFailed')} error={data.error} />;
  const { policy, dayMinutes, history } = data.data;
  return (
    <div className="settings-stack">
      <PolicyForm policy={policy} dayMinutes={dayMinutes} onSaved={saved} />
      <div className="settings-layout">
        <div className="settings-layout__main">
          <PolicyVersions versions={policyVersions(policy, history)} current={policy.version} />
        </div>
        <aside className="settings-layout__aside">
          <RecomputeCard changed={changed} />
        </aside>
      </div>
    </div>
  );
}

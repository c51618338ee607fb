import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { PageHeader } from '../../../components/PageHeader';
import { MysteryError } from '../MysteryError';
import { mysteryTabHref } from '../mysteryRoute';
import type { WaveChoice } from '../useWave';
import { NoWaves } from '../WavePicker';
import { VisitForm } from './VisitForm';

const loadOutlets = () => call('ref.options', { kind: 'outlets', limit: 1000 });

/** A visit to enter (new, in the chosen wave) or to review, publish and appeal. */
export function VisitPage({ id, choice }: { id: number | null; choice: WaveChoice | null }) {
  const { t } = useTranslation();
  const templateId = choice?.programme?.templateId ?? null;
  const load = useCallback(async () => {
    const outlets = await loadOutlets();
    if (id !== null) {
      const visit = await call('mystery.visits.get', { id });
      return { outlets, visit, template: visit.template };
    }
    return { outlets, visit: null, template: templateId === null ? null : await call('audits.templates.get', { id: templateId }) };
  }, [id, templateId]);
  const data = useResource(load);
  const title =
    id === null ? t('mystery.form.newTitle') : t('mystery.form.title', { outlet: data.status === 'ready' && data.data.visit ? data.data.visit.outletName : `#${id}` });
  const programme = choice?.programmes.find((p) => (data.status === 'ready' && data.data.visit ? p.waves.some((w) => w.id === data.data.visit!.waveId) : p.id === choice.programme?.id)) ?? null;
  const wave = data.status === 'ready' && data.data.visit ? (programme?.waves.find((w) => w.id === data.data.visit!.waveId) ?? null) : (choice?.wave ?? null);
  return (
    <>
      <PageHeader title={title}>
        <a className="audits-back" href={mysteryTabHref('visits')}>{t('mystery.form.back')}</a>
      </PageHeader>
      {(data.status === 'loading' || choice === null) && <p className="muted">{t('common.loading')}</p>}
      {data.status === 'error' && <MysteryError title={t('mystery.loadFailed')} error={data.error} />}
      {data.status === 'ready' && choice && !wave && <NoWaves />}
      {data.status === 'ready' && choice && wave && data.data.template && (
        <VisitForm initial={data.data.visit} template={data.data.template} wave={wave} programme={programme} outlets={data.data.outlets} />
      )}
    </>
  );
}

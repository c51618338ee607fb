import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { PageHeader } from '../../../components/PageHeader';
import { EffectPanel } from '../effect/EffectPanel';
import { trainingTabHref } from '../trainingRoute';
import { TrainingError } from '../TrainingError';

/** A course's effect across all its sessions: each trainee measured around their first attended session of it. */
export function CourseEffectPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const load = useCallback(() => call('training.courses.list', {}), []);
  const courses = useResource(load);
  const back = (
    <div className="session-head">
      <a className="button button--small" href={trainingTabHref('courses')}>
        {t('training.effect.backToCourses')}
      </a>
    </div>
  );
  if (courses.status === 'error') {
    return (
      <>
        <PageHeader title={t('areas.training.title')}>{back}</PageHeader>
        <TrainingError title={t('training.loadFailed')} error={courses.error} />
      </>
    );
  }
  if (courses.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  const course = courses.data.find((c) => c.id === id);
  const title = course ? t('training.effect.courseTitle', { name: course.name }) : t('training.effect.title');
  return (
    <>
      <PageHeader title={title}>{back}</PageHeader>
      <EffectPanel scope={{ courseId: id }} title={t('training.effect.title')} />
    </>
  );
}

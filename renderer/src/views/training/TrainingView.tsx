import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { CertificatesPanel } from './certificates/CertificatesPanel';
import { CourseEffectPage } from './courses/CourseEffectPage';
import { CoursesPanel } from './courses/CoursesPanel';
import { MatrixPanel } from './matrix/MatrixPanel';
import { PlanPage } from './plans/PlanPage';
import { PlansPanel } from './plans/PlansPanel';
import { SessionPage } from './sessions/SessionPage';
import { SessionsPanel } from './sessions/SessionsPanel';
import { TRAINING_TABS, trainingTabHref, useTrainingRoute } from './trainingRoute';
import './training.css';

/** The trainer's area: sessions with the score grid, courses, certificates, and the competency matrix with KPIs. */
export function TrainingView() {
  const { t } = useTranslation();
  const route = useTrainingRoute();
  if (route.kind === 'session') return <SessionPage key={route.id} id={route.id} />;
  if (route.kind === 'courseEffect') return <CourseEffectPage key={route.id} id={route.id} />;
  if (route.kind === 'plan') return <PlanPage key={route.id} id={route.id} />;
  return (
    <>
      <PageHeader title={t('areas.training.title')}>
        <nav className="area-tabs" aria-label={t('training.tabs.label')}>
          {TRAINING_TABS.map((tab) => (
            <a key={tab} className="area-tabs__tab" href={trainingTabHref(tab)} aria-current={route.tab === tab ? 'page' : undefined}>
              {t(`training.tabs.${tab}`)}
            </a>
          ))}
        </nav>
      </PageHeader>
      {route.tab === 'sessions' && <SessionsPanel />}
      {route.tab === 'courses' && <CoursesPanel />}
      {route.tab === 'certificates' && <CertificatesPanel />}
      {route.tab === 'matrix' && <MatrixPanel />}
      {route.tab === 'plans' && <PlansPanel />}
    </>
  );
}

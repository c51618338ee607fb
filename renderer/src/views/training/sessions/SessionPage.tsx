import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/schemas/training';
import { call, newJobId, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { FileImportDialog } from '../../../components/FileImportDialog';
import { PageHeader } from '../../../components/PageHeader';
import { EffectPanel } from '../effect/EffectPanel';
import { CompetitionRanking } from './CompetitionRanking';
import { trainingTabHref } from '../trainingRoute';
import { TrainingError } from '../TrainingError';
import { EnrolBar } from './EnrolBar';
import { ScoreGrid } from './ScoreGrid';
import { SessionDialog } from './SessionDialog';

const loadCourses = () => call('training.courses.list', {});

/** One session: its facts, the roster and the score grid. */
export function SessionPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const load = useCallback(() => call('training.sessions.get', { id }), [id]);
  const loaded = useResource(load);
  const courses = useResource(loadCourses);
  // The latest state a write returned, over what was loaded.
  const [written, setDetail] = useState<SessionDetail | null>(null);
  const detail = written ?? (loaded.status === 'ready' ? loaded.data : null);
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<{ title: string; error: ApiError } | null>(null);
  const [importing, setImporting] = useState(false);

  const remove = async () => {
    if (!window.confirm(t('training.session.deleteConfirm'))) return;
    try {
      await call('training.sessions.delete', { id });
      window.location.hash = trainingTabHref('sessions');
    } catch (err) {
      setFailure({ title: t('training.deleteFailed'), error: toApiError(err) });
    }
  };

  const back = (
    <a className="button button--small" href={trainingTabHref('sessions')}>
      {t('training.session.back')}
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
  if (!detail) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <PageHeader title={`${detail.courseName} · ${detail.startOn}`}>
        <div className="session-head">
          {back}
          <button
            type="button"
            className="button button--small"
            disabled={courses.status !== 'ready'}
            onClick={() => setEditing(true)}
          >
            {t('training.session.edit')}
          </button>
          <button type="button" className="button button--small" onClick={() => setImporting(true)}>
            {t('training.session.import')}
          </button>
          <button type="button" className="button button--small" onClick={() => void remove()}>
            {t('training.session.delete')}
          </button>
        </div>
      </PageHeader>
      <p className="session-facts">
        {t('training.session.facts', {
          start: detail.startOn,
          end: detail.endOn,
          hours: detail.hours,
          location: detail.location || t('training.none'),
        })}
        {' · '}
        {t('training.session.trainerLine', { name: detail.trainerName ?? t('training.none') })}
      </p>
      <p className="session-facts session-facts--muted" role="status">
        {t('training.session.summary', detail)}
      </p>
      {failure && (
        <TrainingError title={failure.title} error={failure.error} onDismiss={() => setFailure(null)} />
      )}
      {/* The grid first once there is a roster (enrolling is done once, scoring is the work); the enrol bar keeps
          its place in the tree so its message survives the first enrolment. */}
      {detail.trainees.length > 0 && <ScoreGrid detail={detail} onChanged={setDetail} />}
      <EnrolBar detail={detail} onChanged={setDetail} />
      {detail.trainees.length === 0 && (
        <section className="empty-state">
          <p className="empty-state__summary">{t('training.session.emptyRoster')}</p>
        </section>
      )}
      {detail.courseType === 'competition' && detail.trainees.length > 0 && (
        <CompetitionRanking detail={detail} />
      )}
      {detail.trainees.length > 0 && (
        <EffectPanel scope={{ sessionId: id }} title={t('training.effect.title')} />
      )}
      {importing && (
        <FileImportDialog
          title={t('training.session.importTitle')}
          layout={t('training.session.importLayout', {
            parts: detail.parts.map((p) => p.name).join(t('common.listSeparator')),
          })}
          allowSkipInvalid={false}
          run={(options) =>
            call('training.import.run', {
              jobId: newJobId('training-import'),
              sessionId: id,
              path: options.path,
              dryRun: options.dryRun,
              language: options.language,
            })
          }
          details={(s) =>
            s.dryRun || s.inserted === 0 ? null : (
              <p>{t('training.session.importDetails', { enrolled: s.enrolled, attempts: s.attempts })}</p>
            )
          }
          onClose={() => setImporting(false)}
          onImported={() =>
            void call('training.sessions.get', { id }).then(setDetail, (err: unknown) =>
              setFailure({ title: t('training.loadFailed'), error: toApiError(err) }),
            )
          }
        />
      )}
      {editing && courses.status === 'ready' && (
        <SessionDialog
          courses={courses.data}
          session={detail}
          onClose={() => setEditing(false)}
          onSaved={(s) => {
            setEditing(false);
            setDetail(s);
          }}
        />
      )}
    </>
  );
}

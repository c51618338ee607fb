import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleDetail, GateProblem, PdcaPhase } from '../../../../../shared/schemas/improvement';
import { call, toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { WriteError } from '../LinkedRecords';
import { go } from '../route';
import { ActSection, CheckSection } from './CheckActSections';
import { CycleChain } from './CycleChain';
import './cycle.css';
import { fromDraft, toDraft, type CycleDraft, type CycleErrorKey } from './cycleDraft';
import { DoSection } from './DoSection';
import { OverviewForm } from './OverviewForm';
import { PhaseBar } from './PhaseBar';
import { PlanSection } from './PlanSection';

type Section = 'overview' | 'plan' | 'do' | 'check' | 'act';

function SectionCard({ id, current, children }: { id: Section; current: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section
      className={current ? 'card cycle-section cycle-section--current' : 'card cycle-section'}
      aria-labelledby={`cycle-${id}`}
      data-section={id}
    >
      <h2 id={`cycle-${id}`} className="card__title">
        {t(`improvement.pdca.sections.${id}`)}
      </h2>
      {children}
    </section>
  );
}

/** One cycle: overview, the four phases with their gates, and every record linked to it. */
export function CyclePage({ id }: { id: number }) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState<CycleDetail | null>(null);
  const [draft, setDraft] = useState<CycleDraft | null>(null);
  const [errors, setErrors] = useState<CycleErrorKey[]>([]);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [writeError, setWriteError] = useState<ApiError | null>(null);
  const [refused, setRefused] = useState<{ to: PdcaPhase; problems: GateProblem[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const show = (next: CycleDetail) => {
    setDetail(next);
    setDraft(toDraft(next.fields));
  };

  useEffect(() => {
    let live = true;
    call('pdca.get', { id }).then(
      (d) => {
        if (!live) return;
        setDetail(d);
        setDraft(toDraft(d.fields));
      },
      (err: unknown) => live && setLoadError(toApiError(err)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  if (loadError) return <ErrorAlert title={t('improvement.common.loadFailed')} error={loadError} />;
  if (!detail || !draft) return <p className="muted">{t('common.loading')}</p>;

  const dirty = JSON.stringify(toDraft(detail.fields)) !== JSON.stringify(draft);
  const change = (patch: Partial<CycleDraft>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };
  const reload = () =>
    void call('pdca.get', { id }).then(show, (err: unknown) => setWriteError(toApiError(err)));

  /** Save the draft if it changed; false when it could not be saved. */
  const save = async (): Promise<boolean> => {
    if (!dirty) return true;
    const result = fromDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return false;
    }
    setErrors([]);
    try {
      show(await call('pdca.save', { id, fields: result.fields, expectedUpdatedAt: detail.updatedAt }));
      setSaved(true);
      return true;
    } catch (err) {
      setWriteError(toApiError(err));
      return false;
    }
  };

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setWriteError(null);
    try {
      await work();
    } catch (err) {
      const error = toApiError(err);
      const problems = error.details['problems'];
      if (error.code === 'CONFLICT' && Array.isArray(problems))
        setRefused({ to: error.details['gate'] as PdcaPhase, problems: problems as GateProblem[] });
      else setWriteError(error);
    } finally {
      setBusy(false);
    }
  };

  const move = (to: PdcaPhase) =>
    act(async () => {
      setRefused(null);
      if (await save()) show(await call('pdca.move', { id, to }));
    });

  const saveBar = (
    <div className="form-actions">
      <button
        type="button"
        className="button button--primary"
        disabled={!dirty || busy}
        onClick={() => void act(async () => void (await save()))}
      >
        {t('improvement.pdca.saveSection')}
      </button>
      <p className="form-actions__status" role="status">
        {dirty ? t('improvement.common.unsavedChanges') : saved ? t('improvement.common.saved') : ''}
      </p>
    </div>
  );

  return (
    <>
      <PageHeader title={detail.fields.title}>
        <a href="#/pdca" className="back-link">
          ← {t('improvement.pdca.board')}
        </a>
      </PageHeader>
      <CycleChain detail={detail} />
      <PhaseBar detail={detail} busy={busy} refused={refused} onMove={(to) => void move(to)} />
      {writeError && (
        <WriteError
          title={t('improvement.common.saveFailed')}
          error={writeError}
          onDismiss={() => setWriteError(null)}
        />
      )}
      <div className="cycle-sections">
        <SectionCard id="overview" current={false}>
          <OverviewForm draft={draft} errors={errors} onChange={change} />
          {saveBar}
        </SectionCard>
        <SectionCard id="plan" current={detail.phase === 'plan'}>
          <PlanSection detail={detail} draft={draft} onChange={change} onChanged={reload} />
          {saveBar}
        </SectionCard>
        <SectionCard id="do" current={detail.phase === 'do'}>
          <DoSection detail={detail} onDetail={show} />
        </SectionCard>
        <SectionCard id="check" current={detail.phase === 'check'}>
          <CheckSection saved={detail.fields} draft={draft} onChange={change} />
          {saveBar}
        </SectionCard>
        <SectionCard id="act" current={detail.phase === 'act'}>
          <ActSection
            detail={detail}
            draft={draft}
            busy={busy}
            onChange={change}
            onStartNext={() => void act(async () => go(`pdca/${(await call('pdca.startNext', { id })).id}`))}
          />
          {saveBar}
        </SectionCard>
      </div>
      <div className="danger-zone">
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => {
            if (window.confirm(t('improvement.common.confirmDelete', { title: detail.fields.title })))
              void act(async () => {
                await call('pdca.delete', { id });
                go('pdca');
              });
          }}
        >
          {t('improvement.pdca.deleteCycle')}
        </button>
      </div>
    </>
  );
}

import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreForm } from '../../../../../shared/domain/scorecard';
import type { AnswerValue, Answers, Findings, ScorecardItem, Template } from '../../../../../shared/schemas/audits';
import type { Programme, VisitDetail, VisitStatus, Wave } from '../../../../../shared/schemas/mystery';
import { call, toApiError, type ApiError } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { localIsoDay } from '../../../i18n/format';
import { formatScore } from '../../audits/grid';
import { Attachments } from '../../attachments/Attachments';
import { ItemRow } from '../../audits/form/ItemRow';
import { ScorePanel } from '../../audits/form/ScorePanel';
import { ActionDialog, type ActionOrigin } from '../../improvement/ActionDialog';
import { MysteryError } from '../MysteryError';
import { visitHref } from '../mysteryRoute';
import { AppealPanel } from './AppealPanel';
import { VisitHead, type HeadFields, type OutletOption } from './VisitHead';

const pad = (n: number) => String(n).padStart(2, '0');

function newHead(wave: Wave): HeadFields {
  const today = localIsoDay();
  const now = new Date();
  return {
    outletId: null,
    scenarioId: null,
    shopper: '',
    visitedOn: today < wave.startsOn ? wave.startsOn : today > wave.endsOn ? wave.endsOn : today,
    visitTime: `${pad(now.getHours())}:${pad(now.getMinutes())}`,
    durationMin: 20,
    comments: '',
  };
}

const headOf = (v: VisitDetail): HeadFields => ({
  outletId: v.outletId,
  scenarioId: v.scenarioId,
  shopper: v.shopper,
  visitedOn: v.visitDay,
  visitTime: v.visitTime,
  durationMin: v.durationMin,
  comments: v.comments,
});

/**
 * Enter a visit from the keyboard (the head fields, then each item: digits, ← →, N for N/A, ↑ ↓), with the live
 * score by the same rule core stores; then review, publish, appeal and raise corrective actions.
 */
export function VisitForm({
  initial,
  template,
  wave,
  programme,
  outlets,
}: {
  initial: VisitDetail | null;
  template: Template;
  wave: Wave;
  programme: Programme | null;
  outlets: readonly OutletOption[];
}) {
  const { t, i18n } = useTranslation();
  const [visit, setVisit] = useState(initial);
  const [head, setHead] = useState<HeadFields>(() => (initial ? headOf(initial) : newHead(wave)));
  const [answers, setAnswers] = useState<Answers>(initial?.answers ?? {});
  const [findings, setFindings] = useState<Findings>(initial?.findings ?? {});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState(false);
  const [acting, setActing] = useState<ScorecardItem | 'visit' | null>(null);
  const sections = (visit?.template ?? template).sections;
  const items = useMemo(() => sections.flatMap((s) => s.items), [sections]);
  const position = useMemo(() => new Map(items.map((item, i) => [item.key, i])), [items]);
  const rows = useRef<(HTMLDivElement | null)[]>([]);
  const saveButton = useRef<HTMLButtonElement>(null);
  const result = useMemo(() => scoreForm(sections, answers), [sections, answers]);
  const status: VisitStatus = visit?.status ?? 'draft';
  const editable = status === 'draft';
  const label = (item: ScorecardItem) => (i18n.language === 'en' ? item.labelEn : item.labelZh);

  const move = (index: number, step: 1 | -1) => {
    const next = index + step;
    if (next >= items.length) saveButton.current?.focus();
    else rows.current[Math.max(0, next)]?.focus();
  };

  const run = async (work: () => Promise<VisitDetail>, text: (v: VisitDetail) => string) => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      const next = await work();
      setVisit(next);
      setAnswers(next.answers);
      setNotice(text(next));
      if (!visit) window.history.replaceState(null, '', visitHref(next.id));
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const saveDraft = async (): Promise<VisitDetail> => {
    const fields = { waveId: wave.id, outletId: head.outletId!, scenarioId: head.scenarioId, shopper: head.shopper, visitedOn: head.visitedOn, visitTime: head.visitTime, durationMin: head.durationMin, answers, findings, comments: head.comments };
    return call('mystery.visits.save', visit ? { id: visit.id, fields, expectedUpdatedAt: visit.updatedAt } : { fields });
  };
  const headMissing = () => {
    const gap = head.outletId === null || !head.shopper.trim() || !head.visitedOn || !head.visitTime;
    setMissing(gap);
    return gap;
  };
  const save = () => !headMissing() && void run(saveDraft, () => t('mystery.form.saved'));
  const review = () =>
    !headMissing() &&
    void run(async () => {
      const saved = await saveDraft();
      setVisit(saved);
      return call('mystery.visits.move', { id: saved.id, to: 'reviewed' });
    }, () => t('mystery.form.reviewed'));
  const moveTo = (to: VisitStatus, text: (v: VisitDetail) => string) => visit && void run(() => call('mystery.visits.move', { id: visit.id, to }), text);

  const outletName = visit?.outletName ?? outlets.find((o) => o.id === head.outletId)?.label ?? '';
  const origin = (target: ScorecardItem | 'visit'): ActionOrigin => ({
    source: { kind: 'mystery', id: visit!.id, ref: target === 'visit' ? null : target.key },
    title:
      target === 'visit'
        ? t('mystery.form.actionVisitTitle', { outlet: outletName, score: formatScore(visit!.score, '—') })
        : t('mystery.form.actionTitle', { outlet: outletName, item: label(target) }),
    detail: target === 'visit' ? head.comments : (findings[target.key] ?? ''),
  });

  return (
    <div className="audit-form">
      <div className="audit-form__main">
        <VisitHead head={head} wave={wave} programme={programme} outlets={outlets} readOnly={!editable} onChange={setHead} />
        <p className="muted audit-form__keys">
          {t('mystery.form.version', { name: i18n.language === 'en' ? template.nameEn : template.nameZh, version: visit?.templateVersion ?? template.version })}
          {' · '}
          {editable ? t('audits.form.keysHint') : t('mystery.form.readOnly', { status: t(`mystery.statuses.${status}`) })}
        </p>
        {sections.map((section) => (
          <section key={section.key} className="audit-section" aria-labelledby={`section-${section.key}`}>
            <h2 id={`section-${section.key}`} className="audit-section__title">{i18n.language === 'en' ? section.labelEn : section.labelZh}</h2>
            {section.items.map((item) => {
              const at = position.get(item.key) ?? 0;
              return (
                <ItemRow
                  key={item.key}
                  ref={(el) => {
                    rows.current[at] = el;
                  }}
                  item={item}
                  value={answers[item.key]}
                  finding={findings[item.key] ?? ''}
                  canAct={status === 'published'}
                  readOnly={!editable}
                  onValue={(value: AnswerValue) => setAnswers((a) => ({ ...a, [item.key]: value }))}
                  onFinding={(text) => setFindings((f) => ({ ...f, [item.key]: text }))}
                  onMove={(step) => move(at, step)}
                  onCreateAction={() => setActing(item)}
                />
              );
            })}
          </section>
        ))}
        {visit && (
          <div className="audit-section">
            <Attachments owner={{ kind: 'mystery_visit', id: visit.id }} title={t('mystery.form.evidence')} />
          </div>
        )}
      </div>
      <div className="audit-form__side">
        <ScorePanel result={result} sections={sections} />
        <p className="badge" data-testid="visit-status">{t(`mystery.statuses.${status}`)}</p>
        {missing && <Alert tone="error">{t('mystery.form.required')}</Alert>}
        {notice && <Alert tone="success" onDismiss={() => setNotice(null)}>{notice}</Alert>}
        {failure && <MysteryError title={t('mystery.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
        {visit && visit.actions > 0 && <p className="muted">{t('mystery.form.actionsLinked', { count: visit.actions })}</p>}
        <div className="audit-form__buttons">
          {status === 'draft' && (
            <>
              <button ref={saveButton} type="button" className="button" disabled={busy} onClick={save}>{t('mystery.form.save')}</button>
              <button type="button" className="button button--primary" disabled={busy} onClick={review}>{t('mystery.form.review')}</button>
            </>
          )}
          {status === 'reviewed' && (
            <>
              <button type="button" className="button" disabled={busy} onClick={() => moveTo('draft', () => t('mystery.form.backDone'))}>{t('mystery.form.backToDraft')}</button>
              <button ref={saveButton} type="button" className="button button--primary" disabled={busy} onClick={() => moveTo('published', (v) => t('mystery.form.published', { score: formatScore(v.score, '—') }))}>
                {t('mystery.form.publish')}
              </button>
            </>
          )}
          {status === 'published' && (
            <button ref={saveButton} type="button" className="button" onClick={() => setActing('visit')}>{t('mystery.form.createVisitAction')}</button>
          )}
        </div>
        {visit && status === 'published' && (
          <AppealPanel
            visit={visit}
            onChanged={(next, text) => {
              setVisit(next);
              setAnswers(next.answers);
              setNotice(text);
            }}
          />
        )}
      </div>
      {acting && visit && (
        <ActionDialog
          action={null}
          origin={origin(acting)}
          onClose={() => setActing(null)}
          onSaved={() => {
            setActing(null);
            setVisit((v) => (v ? { ...v, actions: v.actions + 1 } : v));
            setNotice(t('mystery.form.actionCreated'));
          }}
        />
      )}
    </div>
  );
}

import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreForm } from '../../../../../shared/domain/scorecard';
import type { AnswerValue, Answers, AuditDetail, Findings, ScorecardItem } from '../../../../../shared/schemas/audits';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { Attachments } from '../../attachments/Attachments';
import { ActionDialog, type ActionOrigin } from '../../improvement/ActionDialog';
import { AuditsError } from '../AuditsError';
import { auditTabHref } from '../auditsRoute';
import { formatScore } from '../grid';
import { DisputePanel } from './DisputePanel';
import { ItemRow } from './ItemRow';
import { RecordCard } from './RecordCard';
import { ScorePanel } from './ScorePanel';

/** Score one sampled record against its template version; the live score is the same rule core stores. */
export function AuditFormPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const load = useCallback(() => call('audits.get', { id }), [id]);
  const audit = useResource(load);
  return (
    <>
      <PageHeader title={t('audits.form.title', { ticket: audit.status === 'ready' ? audit.data.ticketRef : `#${id}` })}>
        <a className="audits-back" href={auditTabHref('queue')}>{t('audits.form.back')}</a>
      </PageHeader>
      {audit.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {audit.status === 'error' && <AuditsError title={t('audits.loadFailed')} error={audit.error} />}
      {audit.status === 'ready' && <AuditForm initial={audit.data} />}
    </>
  );
}

function AuditForm({ initial }: { initial: AuditDetail }) {
  const { t, i18n } = useTranslation();
  const [audit, setAudit] = useState(initial);
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [findings, setFindings] = useState<Findings>(initial.findings);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [acting, setActing] = useState<ScorecardItem | null>(null);
  const sections = audit.template.sections;
  const items = useMemo(() => sections.flatMap((s) => s.items), [sections]);
  // Position of each item in the whole form, for ↑ ↓ across sections.
  const position = useMemo(() => new Map(items.map((item, i) => [item.key, i])), [items]);
  const rows = useRef<(HTMLDivElement | null)[]>([]);
  const submitButton = useRef<HTMLButtonElement>(null);
  const result = useMemo(() => scoreForm(sections, answers), [sections, answers]);

  const move = (index: number, step: 1 | -1) => {
    const next = index + step;
    if (next >= items.length) submitButton.current?.focus();
    else rows.current[Math.max(0, next)]?.focus();
  };

  const save = async (submit: boolean) => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      const saved = await call('audits.save', { id: audit.id, answers, findings, submit, expectedUpdatedAt: audit.updatedAt });
      setAudit(saved);
      setNotice(saved.status === 'submitted' ? t('audits.form.submitted', { score: formatScore(saved.score, '—') }) : t('audits.form.saved'));
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const label = (item: ScorecardItem) => (i18n.language === 'en' ? item.labelEn : item.labelZh);
  const origin = (item: ScorecardItem): ActionOrigin => ({
    source: { kind: 'audit', id: audit.id, ref: item.key },
    title: t('audits.form.actionTitle', { item: label(item), ticket: audit.ticketRef }),
    detail: findings[item.key] ?? '',
  });

  return (
    <div className="audit-form">
      <div className="audit-form__main">
        <RecordCard audit={audit} />
        <p className="muted audit-form__keys">{t('audits.form.keysHint')}</p>
        {sections.map((section) => (
          <section key={section.key} className="audit-section" aria-labelledby={`section-${section.key}`}>
            <h2 id={`section-${section.key}`} className="audit-section__title">
              {i18n.language === 'en' ? section.labelEn : section.labelZh}
            </h2>
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
                  canAct={audit.status === 'submitted'}
                  onValue={(value: AnswerValue) => setAnswers((a) => ({ ...a, [item.key]: value }))}
                  onFinding={(text) => setFindings((f) => ({ ...f, [item.key]: text }))}
                  onMove={(step) => move(at, step)}
                  onCreateAction={() => setActing(item)}
                  disputes={
                    audit.status === 'submitted' ? (
                      <DisputePanel
                        audit={audit}
                        item={item}
                        onChanged={(next, text) => {
                          setAudit(next);
                          setAnswers(next.answers);
                          setNotice(text);
                        }}
                      />
                    ) : null
                  }
                />
              );
            })}
          </section>
        ))}
        <div className="audit-section">
          <Attachments owner={{ kind: 'audit', id: audit.id }} title={t('attachments.evidence')} />
        </div>
      </div>
      <div className="audit-form__side">
        <ScorePanel result={result} sections={sections} />
        {notice && <Alert tone="success" onDismiss={() => setNotice(null)}>{notice}</Alert>}
        {failure && <AuditsError title={t('audits.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
        {audit.actions > 0 && <p className="muted">{t('audits.form.actionsLinked', { count: audit.actions })}</p>}
        <div className="audit-form__buttons">
          {audit.status === 'pending' && (
            <button type="button" className="button" disabled={busy} onClick={() => void save(false)}>{t('audits.form.saveDraft')}</button>
          )}
          <button ref={submitButton} type="button" className="button button--primary" disabled={busy} onClick={() => void save(true)}>
            {audit.status === 'pending' ? t('audits.form.submit') : t('common.save')}
          </button>
        </div>
      </div>
      {acting && (
        <ActionDialog
          action={null}
          origin={origin(acting)}
          onClose={() => setActing(null)}
          onSaved={() => {
            setActing(null);
            setAudit((a) => ({ ...a, actions: a.actions + 1 }));
            setNotice(t('audits.form.actionCreated'));
          }}
        />
      )}
    </div>
  );
}

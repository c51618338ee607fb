import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreForm } from '../../../../../shared/domain/scorecard';
import type { CalibrationEntry, CalibrationSummary } from '../../../../../shared/schemas/audit-calibration';
import type { AnswerValue, Answers } from '../../../../../shared/schemas/audits';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert } from '../../../components/Alert';
import { AuditsError } from '../AuditsError';
import { ItemRow } from '../form/ItemRow';
import { ScorePanel } from '../form/ScorePanel';
import { formatScore } from '../grid';

/** One auditor's blind entry: the record and the items, with only this auditor's own answers loaded. */
export function CalibrationEntryForm({ sessionId, auditor, onSaved }: { sessionId: number; auditor: string; onSaved: (s: CalibrationSummary) => void }) {
  const { t } = useTranslation();
  const load = useCallback(() => call('audits.calibration.entry', { sessionId, auditor }), [sessionId, auditor]);
  const entry = useResource(load);
  if (entry.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (entry.status === 'error') return <AuditsError title={t('audits.loadFailed')} error={entry.error} />;
  return <EntryForm initial={entry.data} onSaved={onSaved} />;
}

function EntryForm({ initial, onSaved }: { initial: CalibrationEntry; onSaved: (s: CalibrationSummary) => void }) {
  const { t, i18n } = useTranslation();
  const [entry, setEntry] = useState(initial);
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const sections = entry.template.sections;
  const items = useMemo(() => sections.flatMap((s) => s.items), [sections]);
  const position = useMemo(() => new Map(items.map((item, i) => [item.key, i])), [items]);
  const rows = useRef<(HTMLDivElement | null)[]>([]);
  const submitButton = useRef<HTMLButtonElement>(null);
  const result = useMemo(() => scoreForm(sections, answers), [sections, answers]);
  const none = t('audits.form.none');

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
      const saved = await call('audits.calibration.saveEntry', { sessionId: entry.session.id, auditor: entry.auditor, answers, submit });
      setEntry(saved);
      onSaved(saved.session);
      setNotice(saved.submittedAt !== null ? t('audits.calibration.page.submittedNotice', { score: formatScore(saved.result.score, none) }) : t('audits.calibration.page.saved'));
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="audit-form" data-testid="calibration-entry">
      <div className="audit-form__main">
        <section className="audit-record" aria-label={t('audits.calibration.page.record')}>
          <h2 className="audit-record__subject">{entry.session.subject}</h2>
          <dl className="audit-record__facts">
            <div><dt>{t('audits.calibration.columns.ticket')}</dt><dd>{entry.session.ticketRef}</dd></div>
            <div><dt>{t('audits.form.channel')}</dt><dd>{t(`tickets.channel.${entry.channel}`)}</dd></div>
          </dl>
          <dl className="audit-record__texts">
            <div><dt>{t('audits.form.description')}</dt><dd>{entry.description || none}</dd></div>
            <div><dt>{t('audits.form.resolution')}</dt><dd>{entry.resolution ?? none}</dd></div>
          </dl>
        </section>
        <p className="muted audit-form__keys">{t('audits.calibration.page.keysHint')}</p>
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
                  onValue={(value: AnswerValue) => setAnswers((a) => ({ ...a, [item.key]: value }))}
                  onMove={(step) => move(at, step)}
                />
              );
            })}
          </section>
        ))}
      </div>
      <div className="audit-form__side">
        <p className="calibration__as">{t('audits.calibration.page.scoringAs')}: <strong>{entry.auditor}</strong></p>
        <ScorePanel result={result} sections={sections} />
        {notice && <Alert tone="success" onDismiss={() => setNotice(null)}>{notice}</Alert>}
        {failure && <AuditsError title={t('audits.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
        <div className="audit-form__buttons">
          {entry.submittedAt === null && (
            <button type="button" className="button" disabled={busy} onClick={() => void save(false)}>{t('audits.calibration.page.saveDraft')}</button>
          )}
          <button ref={submitButton} type="button" className="button button--primary" disabled={busy} onClick={() => void save(true)}>
            {entry.submittedAt === null ? t('audits.calibration.page.submit') : t('common.save')}
          </button>
        </div>
      </div>
    </div>
  );
}

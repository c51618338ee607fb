import { useTranslation } from 'react-i18next';
import { VERDICTS, type CycleDetail, type CycleFields } from '../../../../../shared/schemas/improvement';
import { KPI_IDS, type KpiId } from '../../../../../shared/domain/kpi-catalog';
import { Field } from '../../../components/Field';
import { CheckChart } from './CheckChart';
import type { CycleDraft } from './cycleDraft';

/** Check: the saved cycle's KPI from live data against baseline and target, and the verdict the user records. */
export function CheckSection({
  saved,
  draft,
  onChange,
}: {
  saved: CycleFields;
  draft: CycleDraft;
  onChange: (patch: Partial<CycleDraft>) => void;
}) {
  const { t } = useTranslation();
  const none = t('improvement.common.none');
  return (
    <>
      <div className="subsection">
        <h3 className="subsection__title">{t('improvement.pdca.check.kpiTitle')}</h3>
        {draft.kpiId ? (
          <>
            <p className="kpi-line">
              <strong>
                {(KPI_IDS as readonly string[]).includes(draft.kpiId)
                  ? t(`kpi.defs.${draft.kpiId as KpiId}.name`)
                  : draft.kpiId}
              </strong>{' '}
              {t('improvement.pdca.check.baselineTarget', {
                baseline: draft.baseline || none,
                period: draft.baselinePeriod || none,
                target: draft.target || none,
              })}
            </p>
            <CheckChart fields={saved} />
          </>
        ) : (
          <p className="muted">{t('improvement.pdca.check.kpiNone')}</p>
        )}
      </div>
      <Field label={t('improvement.pdca.fields.verdict')}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={draft.verdict ?? ''}
            onChange={(e) => onChange({ verdict: (e.target.value || null) as CycleFields['verdict'] })}
          >
            <option value="">{t('improvement.pdca.noVerdict')}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t(`improvement.pdca.verdicts.${v}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('improvement.pdca.fields.checkNote')}>
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={2}
            value={draft.checkNote}
            maxLength={4000}
            onChange={(e) => onChange({ checkNote: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** Act: standardise what worked, or start the next cycle; lessons learned. */
export function ActSection({
  detail,
  draft,
  busy,
  onChange,
  onStartNext,
}: {
  detail: CycleDetail;
  draft: CycleDraft;
  busy: boolean;
  onChange: (patch: Partial<CycleDraft>) => void;
  onStartNext: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('improvement.pdca.fields.standardChange')}>
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={2}
            value={draft.standardChange}
            maxLength={4000}
            onChange={(e) => onChange({ standardChange: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('improvement.pdca.fields.lessons')}>
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={2}
            value={draft.lessons}
            maxLength={4000}
            onChange={(e) => onChange({ lessons: e.target.value })}
          />
        )}
      </Field>
      <div className="subsection">
        <div className="card__heading-row">
          <p className="muted">{t('improvement.pdca.act.nextCycleHint')}</p>
          <button type="button" className="button button--small" disabled={busy} onClick={onStartNext}>
            {t('improvement.pdca.act.nextCycle')}
          </button>
        </div>
        {(detail.previous || detail.next.length > 0) && (
          <ul className="link-list">
            {detail.previous && (
              <li>
                <span className="muted">{t('improvement.pdca.act.previous')}</span>
                <a href={`#/pdca/${detail.previous.id}`}>{detail.previous.title}</a>
                <span className="badge badge--muted">
                  {t(`improvement.pdca.phaseShort.${detail.previous.phase}`)}
                </span>
              </li>
            )}
            {detail.next.map((n) => (
              <li key={n.id}>
                <span className="muted">{t('improvement.pdca.act.nextCycles')}</span>
                <a href={`#/pdca/${n.id}`}>
                  #{n.id} {n.title}
                </a>
                <span className="badge badge--muted">{t(`improvement.pdca.phaseShort.${n.phase}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { VERIFICATIONS, type FishboneCause } from '../../../../../shared/schemas/improvement';
import { Field } from '../../../components/Field';

/** The selected cause: likely root cause, verification with its evidence, votes. */
export function CauseDetails({
  cause,
  onChange,
}: {
  cause: FishboneCause | null;
  onChange: (patch: Partial<Omit<FishboneCause, 'id' | 'children'>>) => void;
}) {
  const { t } = useTranslation();
  if (!cause) return <p className="muted">{t('improvement.fishbone.selectHint')}</p>;
  return (
    <div className="cause-details" data-testid="cause-details">
      <p className="cause-details__text">{cause.text || t('improvement.fishbone.placeholder')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={cause.rootCause}
          onChange={(e) => onChange({ rootCause: e.target.checked })}
        />
        {t('improvement.fishbone.markRoot')}
      </label>
      <Field label={t('improvement.fishbone.verification')}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={cause.verification}
            onChange={(e) => onChange({ verification: e.target.value as FishboneCause['verification'] })}
          >
            {VERIFICATIONS.map((v) => (
              <option key={v} value={v}>
                {t(`improvement.fishbone.verifications.${v}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('improvement.fishbone.evidence')}>
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={3}
            maxLength={2000}
            value={cause.evidence}
            onChange={(e) => onChange({ evidence: e.target.value })}
          />
        )}
      </Field>
      <div className="votes">
        <span className="field__label">{t('improvement.fishbone.votes')}</span>
        <button
          type="button"
          className="icon-button"
          disabled={cause.votes === 0}
          onClick={() => onChange({ votes: cause.votes - 1 })}
          aria-label={t('improvement.fishbone.voteDown')}
          title={t('improvement.fishbone.voteDown')}
        >
          −
        </button>
        <output className="votes__count" aria-label={t('improvement.fishbone.votes')}>
          {cause.votes}
        </output>
        <button
          type="button"
          className="icon-button"
          disabled={cause.votes >= 999}
          onClick={() => onChange({ votes: cause.votes + 1 })}
          aria-label={t('improvement.fishbone.voteUp')}
          title={t('improvement.fishbone.voteUp')}
        >
          +
        </button>
      </div>
    </div>
  );
}

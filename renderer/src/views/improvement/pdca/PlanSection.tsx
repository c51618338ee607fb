import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, CycleDetail } from '../../../../../shared/schemas/improvement';
import { Field } from '../../../components/Field';
import { Icon } from '../../../components/Icon';
import { ActionDialog } from '../ActionDialog';
import { ActionsGrid } from '../ActionsGrid';
import type { CycleDraft } from './cycleDraft';

/** Plan: the goal, the root-cause analyses behind it, and the action items (the shared actions list). */
export function PlanSection({
  detail,
  draft,
  onChange,
  onChanged,
}: {
  detail: CycleDetail;
  draft: CycleDraft;
  onChange: (patch: Partial<CycleDraft>) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Action | 'new' | null>(null);
  return (
    <>
      <Field label={t('improvement.pdca.fields.goal')} hint={t('improvement.pdca.fields.goalHint')}>
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={2}
            value={draft.goal}
            maxLength={4000}
            onChange={(e) => onChange({ goal: e.target.value })}
          />
        )}
      </Field>

      <div className="subsection">
        <div className="card__heading-row">
          <h3 className="subsection__title">{t('improvement.pdca.plan.worksheets')}</h3>
          <span className="button-row">
            <a className="button button--small" href={`#/rca/new/fishbone/${detail.id}`}>
              <Icon name="plus" size={14} />
              {t('improvement.pdca.plan.newFishbone')}
            </a>
            <a className="button button--small" href={`#/rca/new/five_why/${detail.id}`}>
              <Icon name="plus" size={14} />
              {t('improvement.pdca.plan.newFiveWhy')}
            </a>
          </span>
        </div>
        {detail.worksheets.length === 0 ? (
          <p className="muted">{t('improvement.pdca.plan.worksheetsEmpty')}</p>
        ) : (
          <ul className="link-list">
            {detail.worksheets.map((w) => (
              <li key={w.id}>
                <span className="badge badge--accent">{t(`improvement.rca.kinds.${w.kind}`)}</span>
                <a href={`#/rca/${w.id}`}>{w.title}</a>
                <span className={w.complete ? 'badge badge--success' : 'badge badge--muted'}>
                  {w.complete ? t('improvement.rca.complete') : t('improvement.rca.draft')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="subsection">
        <div className="card__heading-row">
          <h3 className="subsection__title">{t('improvement.pdca.plan.actions')}</h3>
          <button type="button" className="button button--small" onClick={() => setEditing('new')}>
            <Icon name="plus" size={14} />
            {t('improvement.pdca.plan.addAction')}
          </button>
        </div>
        {detail.actions.length === 0 ? (
          <p className="muted">{t('improvement.pdca.plan.actionsEmpty')}</p>
        ) : (
          <ActionsGrid actions={detail.actions} onEdit={setEditing} showCycle={false} />
        )}
      </div>
      {editing && (
        <ActionDialog
          action={editing === 'new' ? null : editing}
          cycleId={detail.id}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}

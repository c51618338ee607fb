import { useTranslation } from 'react-i18next';
import { fiveWhyCompletion } from '../../../../../shared/domain/five-why';
import type { Action, FiveWhyContent, WhyNode } from '../../../../../shared/schemas/improvement';
import { Alert } from '../../../components/Alert';
import { Icon } from '../../../components/Icon';
import { OptionSelect } from '../OptionSelect';
import { useStaffOptions, type Option } from '../references';
import {
  addChild,
  addCountermeasure,
  addSibling,
  newWhy,
  removeCountermeasure,
  removeWhy,
  updateCountermeasure,
  updateWhy,
} from './fiveWhyTree';

interface Props {
  content: FiveWhyContent;
  actions: Action[];
  /** Countermeasures become actions only from the saved worksheet. */
  saved: boolean;
  onChange: (next: FiveWhyContent) => void;
  onMakeAction: (countermeasureId: string) => void;
}

function Node({
  node,
  depth,
  props,
  staff,
  missing,
}: {
  node: WhyNode;
  depth: number;
  props: Props;
  staff: Option[];
  missing: string[];
}) {
  const { t } = useTranslation();
  const { content, onChange } = props;
  return (
    <li className={node.rootCause ? 'why why--root' : 'why'} data-testid="why-node">
      <div className="why__row">
        <span className="why__label">{t('improvement.fiveWhy.whyN', { n: depth })}</span>
        <input
          className="input why__because"
          value={node.because}
          maxLength={500}
          placeholder={t('improvement.fiveWhy.because')}
          aria-label={`${t('improvement.fiveWhy.whyN', { n: depth })} ${t('improvement.fiveWhy.because')}`}
          onChange={(e) => onChange(updateWhy(content, node.id, { because: e.target.value }))}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={node.rootCause}
            onChange={(e) => onChange(updateWhy(content, node.id, { rootCause: e.target.checked }))}
          />
          {t('improvement.fiveWhy.rootCause')}
        </label>
      </div>
      <div className="why__tools">
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange(addChild(content, node.id, newWhy()))}
        >
          {t('improvement.fiveWhy.askWhy')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange(addSibling(content, node.id, newWhy()))}
        >
          {t('improvement.fiveWhy.addAnswer')}
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => onChange(removeWhy(content, node.id))}
          aria-label={t('improvement.fiveWhy.remove')}
          title={t('improvement.fiveWhy.remove')}
        >
          <Icon name="x" size={16} />
        </button>
      </div>
      {node.rootCause && (
        <div
          className={
            missing.includes(node.id) ? 'countermeasures countermeasures--missing' : 'countermeasures'
          }
        >
          <p className="countermeasures__title">{t('improvement.fiveWhy.countermeasures')}</p>
          {node.countermeasures.map((cm) => {
            const action = props.actions.find((a) => a.source.ref === cm.id);
            return (
              <div key={cm.id} className="countermeasure" data-testid="countermeasure">
                <input
                  className="input"
                  value={cm.text}
                  maxLength={500}
                  placeholder={t('improvement.fiveWhy.countermeasure')}
                  aria-label={t('improvement.fiveWhy.countermeasure')}
                  onChange={(e) =>
                    onChange(updateCountermeasure(content, node.id, cm.id, { text: e.target.value }))
                  }
                />
                <OptionSelect
                  control={{ 'aria-label': t('improvement.fiveWhy.owner') }}
                  options={staff}
                  value={cm.ownerId}
                  empty={t('improvement.common.staffPlaceholder')}
                  onChange={(ownerId) => onChange(updateCountermeasure(content, node.id, cm.id, { ownerId }))}
                />
                <input
                  className="input"
                  type="date"
                  value={cm.dueOn ?? ''}
                  aria-label={t('improvement.fiveWhy.dueOn')}
                  onChange={(e) =>
                    onChange(updateCountermeasure(content, node.id, cm.id, { dueOn: e.target.value || null }))
                  }
                />
                {action ? (
                  <a className="badge badge--accent" href="#/actions">
                    {t('improvement.fiveWhy.actionLink', {
                      id: action.id,
                      status: t(`improvement.actions.statuses.${action.status}`),
                    })}
                  </a>
                ) : (
                  <>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={!props.saved || cm.text.trim() === ''}
                      title={props.saved ? undefined : t('improvement.fiveWhy.saveFirst')}
                      onClick={() => props.onMakeAction(cm.id)}
                    >
                      {t('improvement.fiveWhy.makeAction')}
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      onClick={() => onChange(removeCountermeasure(content, node.id, cm.id))}
                      aria-label={t('improvement.fiveWhy.removeCountermeasure')}
                      title={t('improvement.fiveWhy.removeCountermeasure')}
                    >
                      <Icon name="x" size={16} />
                    </button>
                  </>
                )}
              </div>
            );
          })}
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange(addCountermeasure(content, node.id))}
          >
            <Icon name="plus" size={14} />
            {t('improvement.fiveWhy.addCountermeasure')}
          </button>
        </div>
      )}
      {node.children.length > 0 && (
        <ul className="why-list">
          {node.children.map((child) => (
            <Node
              key={child.id}
              node={child}
              depth={depth + 1}
              props={props}
              staff={staff}
              missing={missing}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The chain of why → because, branching where a why has several answers; root causes carry countermeasures. */
export function FiveWhyEditor(props: Props) {
  const { t } = useTranslation();
  const staff = useStaffOptions();
  const { complete, missing, roots } = fiveWhyCompletion(props.content);
  return (
    <section className="card five-why">
      <Alert tone={complete ? 'success' : 'info'}>
        <p data-testid="five-why-status">
          {complete
            ? t('improvement.fiveWhy.completeYes')
            : roots > 0
              ? t('improvement.fiveWhy.completeNo', { count: missing.length })
              : t('improvement.fiveWhy.completeNone')}
        </p>
      </Alert>
      <ul className="why-list why-list--top">
        {props.content.whys.map((node) => (
          <Node
            key={node.id}
            node={node}
            depth={1}
            props={props}
            staff={staff.status === 'ready' ? staff.data : []}
            missing={missing}
          />
        ))}
      </ul>
      {props.content.whys.length === 0 && (
        <button
          type="button"
          className="button"
          onClick={() => props.onChange(addSibling(props.content, null, newWhy()))}
        >
          <Icon name="plus" size={16} />
          {t('improvement.fiveWhy.addFirst')}
        </button>
      )}
    </section>
  );
}

import { forwardRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { itemFailed, scaleValues } from '../../../../../shared/domain/scorecard';
import type { AnswerValue, ScorecardItem } from '../../../../../shared/schemas/audits';

export interface ItemRowProps {
  item: ScorecardItem;
  value: AnswerValue | undefined;
  /** Findings and actions belong to audits; a calibration entry scores the items only and leaves these out. */
  finding?: string;
  canAct?: boolean;
  onValue: (value: AnswerValue) => void;
  onFinding?: (text: string) => void;
  onMove: (step: 1 | -1) => void;
  onCreateAction?: () => void;
  /** Disputes of this item, shown under it once the audit is submitted. */
  disputes?: ReactNode;
  /** Answers and finding shown but fixed (a published mystery-shop visit is corrected by appeal only). */
  readOnly?: boolean;
}

/**
 * One item, scored from the keyboard: the row is the focus stop; digits pick a value (yes/no: 1 yes, 0 no),
 * ← → step along the scale, N marks N/A, F opens the finding, ↑ ↓ and Enter move between items.
 */
export const ItemRow = forwardRef<HTMLDivElement, ItemRowProps>(function ItemRow(
  { item, value, finding = '', canAct = false, onValue, onFinding, onMove, onCreateAction, disputes, readOnly = false },
  ref,
) {
  const { t, i18n } = useTranslation();
  const [findingOpen, setFindingOpen] = useState(finding !== '');
  const values = scaleValues(item);
  const label = i18n.language === 'en' ? item.labelEn : item.labelZh;
  // A template without the reader's language still shows the other one's guidance rather than none.
  const guidance = i18n.language === 'en' ? item.guidanceEn || item.guidance : item.guidance || item.guidanceEn;
  const failed = itemFailed(item, value);
  const valueText = (v: number) => (item.scale === 'yes_no' ? (v === 1 ? t('audits.form.yes') : t('audits.form.no')) : String(v));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    let handled = true;
    if (key === 'ArrowDown' || key === 'Enter') onMove(1);
    else if (key === 'ArrowUp') onMove(-1);
    else if (readOnly) handled = false;
    else if (key === 'n' || key === 'N') onValue('na');
    else if ((key === 'f' || key === 'F') && onFinding) setFindingOpen(true);
    else if (/^\d$/.test(key) && values.includes(Number(key))) onValue(Number(key));
    else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      const ordered = [...values].sort((a, b) => a - b);
      const at = typeof value === 'number' ? ordered.indexOf(value) : key === 'ArrowRight' ? -1 : ordered.length;
      const next = ordered[Math.min(ordered.length - 1, Math.max(0, at + (key === 'ArrowRight' ? 1 : -1)))];
      if (next !== undefined) onValue(next);
    } else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <div className={`audit-item${failed ? ' audit-item--failed' : ''}`} data-testid={`item-${item.key}`}>
      <div
        ref={ref}
        className="audit-item__row"
        tabIndex={0}
        role="radiogroup"
        aria-label={t('audits.form.scaleLabel', { item: label })}
        onKeyDown={onKeyDown}
      >
        <div className="audit-item__label">
          <span>{label}</span>
          {item.critical !== 'none' && <span className="badge badge--danger">{t(`audits.critical.${item.critical}`)}</span>}
          {item.bonus && <span className="badge badge--accent">{t('audits.form.bonus')}</span>}
          {failed && <span className="badge badge--warning">{t('audits.form.failed')}</span>}
          {guidance && <small className="muted audit-item__guidance">{guidance}</small>}
        </div>
        <div className="audit-item__scale">
          {values.map((v) => (
            <button
              key={v}
              type="button"
              role="radio"
              tabIndex={-1}
              aria-checked={value === v}
              disabled={readOnly}
              className={`audit-choice${value === v ? ' audit-choice--on' : ''}`}
              onClick={() => onValue(v)}
            >
              {valueText(v)}
            </button>
          ))}
          <button type="button" role="radio" tabIndex={-1} aria-checked={value === 'na'} disabled={readOnly} className={`audit-choice${value === 'na' ? ' audit-choice--on' : ''}`} onClick={() => onValue('na')}>
            {t('audits.form.na')}
          </button>
        </div>
      </div>
      {onFinding && (findingOpen || failed) && (
        <div className="audit-item__finding">
          <textarea
            className="input textarea"
            rows={2}
            maxLength={2000}
            aria-label={t('audits.form.findingFor', { item: label })}
            placeholder={t('audits.form.finding')}
            value={finding}
            readOnly={readOnly}
            autoFocus={findingOpen && finding === '' && !failed}
            onChange={(e) => onFinding(e.target.value)}
          />
          {failed && canAct && onCreateAction && (
            <button type="button" className="button button--small" onClick={onCreateAction}>
              {t('audits.form.createAction')}
            </button>
          )}
        </div>
      )}
      {disputes}
    </div>
  );
});

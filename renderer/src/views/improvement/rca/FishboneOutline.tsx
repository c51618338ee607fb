import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FishboneContent } from '../../../../../shared/schemas/improvement';
import { Icon } from '../../../components/Icon';
import {
  addBone,
  addCause,
  indent,
  insertSibling,
  moveBone,
  moveCause,
  outdent,
  outlineRows,
  removeBone,
  removeCause,
  renameBone,
  updateCause,
} from './fishboneTree';

/**
 * The causes as an outline beside the drawing, for the keyboard: Enter adds a sibling, Tab indents, Shift+Tab
 * outdents, Alt+↑/↓ reorders, ↑/↓ move between rows, Backspace on an empty row removes it.
 */
export function FishboneOutline({
  content,
  selectedId,
  focus,
  onChange,
  onSelect,
}: {
  content: FishboneContent;
  selectedId: string | null;
  /** A row to focus after the last change (a new sibling, a moved cause); a new object each time. */
  focus: { id: string } | null;
  onChange: (next: FishboneContent, focus?: string | null) => void;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focus)
      list.current?.querySelector<HTMLInputElement>(`input[data-cause="${CSS.escape(focus.id)}"]`)?.focus();
  }, [focus]);

  const apply = (result: { content: FishboneContent; focus: string | null }) =>
    onChange(result.content, result.focus);

  const onKey = (e: KeyboardEvent<HTMLInputElement>, id: string, text: string) => {
    const inputs = [...(list.current?.querySelectorAll<HTMLInputElement>('input[data-cause]') ?? [])];
    const at = inputs.findIndex((i) => i.dataset['cause'] === id);
    if (e.key === 'Enter') {
      e.preventDefault();
      apply(insertSibling(content, id));
    } else if (e.key === 'Tab') {
      e.preventDefault();
      apply(e.shiftKey ? outdent(content, id) : indent(content, id));
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      apply(moveCause(content, id, e.key === 'ArrowUp' ? -1 : 1));
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      inputs[at + (e.key === 'ArrowUp' ? -1 : 1)]?.focus();
    } else if (e.key === 'Backspace' && text === '') {
      e.preventDefault();
      apply(removeCause(content, id));
    }
  };

  return (
    <div className="outline" ref={list} data-testid="fishbone-outline">
      <p className="muted outline__hint">{t('improvement.fishbone.outlineHint')}</p>
      {content.bones.map((bone, b) => (
        <section key={bone.id} className="outline__bone" aria-label={bone.label}>
          <div className="outline__bone-head">
            <input
              className="input outline__bone-label"
              value={bone.label}
              maxLength={60}
              aria-label={t('improvement.fishbone.boneLabel')}
              onChange={(e) => onChange(renameBone(content, bone.id, e.target.value))}
            />
            <button
              type="button"
              className="icon-button"
              disabled={b === 0}
              onClick={() => onChange(moveBone(content, bone.id, -1))}
              aria-label={t('improvement.fishbone.moveBoneUp')}
              title={t('improvement.fishbone.moveBoneUp')}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              disabled={b === content.bones.length - 1}
              onClick={() => onChange(moveBone(content, bone.id, 1))}
              aria-label={t('improvement.fishbone.moveBoneDown')}
              title={t('improvement.fishbone.moveBoneDown')}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('improvement.fishbone.removeBone', { label: bone.label })}
              title={t('improvement.fishbone.removeBone', { label: bone.label })}
              onClick={() => {
                const count = outlineRows(bone).length;
                if (
                  count === 0 ||
                  window.confirm(t('improvement.fishbone.removeBoneConfirm', { label: bone.label, count }))
                )
                  onChange(removeBone(content, bone.id));
              }}
            >
              <Icon name="x" size={16} />
            </button>
          </div>
          <ul className="outline__causes">
            {outlineRows(bone).map(({ cause, depth }) => (
              <li
                key={cause.id}
                className={cause.id === selectedId ? 'outline__row outline__row--selected' : 'outline__row'}
                style={{ paddingInlineStart: (depth - 1) * 20 }}
              >
                <span
                  className={cause.rootCause ? 'outline__bullet outline__bullet--root' : 'outline__bullet'}
                  aria-hidden="true"
                />
                <input
                  className="outline__input"
                  data-cause={cause.id}
                  data-depth={depth}
                  value={cause.text}
                  maxLength={300}
                  placeholder={t('improvement.fishbone.placeholder')}
                  aria-label={`${t('improvement.fishbone.causeText')} (${depth})`}
                  onFocus={() => onSelect(cause.id)}
                  onChange={(e) => onChange(updateCause(content, cause.id, { text: e.target.value }))}
                  onKeyDown={(e) => onKey(e, cause.id, cause.text)}
                />
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--small outline__add"
            onClick={() => apply(addCause(content, bone.id))}
          >
            <Icon name="plus" size={14} />
            {t('improvement.fishbone.addCause')}
          </button>
        </section>
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange(addBone(content, t('improvement.fishbone.newBone')))}
      >
        <Icon name="plus" size={14} />
        {t('improvement.fishbone.addBone')}
      </button>
    </div>
  );
}

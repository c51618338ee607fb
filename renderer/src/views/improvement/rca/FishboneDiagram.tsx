import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FishboneLayout } from '../../../../../shared/domain/fishbone/layout';
import { fishboneSvg } from '../../../../../shared/domain/fishbone/svg';
import { Icon } from '../../../components/Icon';

type Target = { kind: 'cause' | 'bone'; id: string } | { kind: 'head'; id: null };

function targetOf(element: Element | null): Target | null {
  const cause = element?.closest('[data-cause-id]');
  if (cause) return { kind: 'cause', id: cause.getAttribute('data-cause-id')! };
  const bone = element?.closest('[data-bone-id]');
  if (bone) return { kind: 'bone', id: bone.getAttribute('data-bone-id')! };
  if (element?.closest('[data-head]')) return { kind: 'head', id: null };
  return null;
}

const clampScale = (s: number) => Math.min(2.5, Math.max(0.25, s));

/** The whole drawing in the frame, never enlarged past 100%. */
function fitView(frame: HTMLDivElement | null, layout: FishboneLayout) {
  const width = frame?.clientWidth ?? layout.width;
  const height = frame?.clientHeight ?? layout.height;
  return {
    scale: clampScale(Math.min(1, (width - 16) / layout.width, (height - 16) / layout.height)),
    x: 8,
    y: 8,
  };
}

/**
 * The drawing itself, from the same SVG the exports use. Click selects, double-click edits the text in place,
 * dragging pans, the buttons (or Ctrl + wheel) zoom.
 */
export function FishboneDiagram({
  layout,
  problem,
  selectedId,
  onSelect,
  onEditText,
}: {
  layout: FishboneLayout;
  problem: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onEditText: (target: Target, text: string) => void;
}) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ scale: 1, x: 0, y: 0 });
  const [editing, setEditing] = useState<{
    target: Target;
    text: string;
    box: { x: number; y: number; w: number; h: number };
  } | null>(null);
  const drag = useRef<{ x: number; y: number; vx: number; vy: number; moved: boolean } | null>(null);
  const svg = useMemo(() => fishboneSvg(layout, { legend: null, selectedId }), [layout, selectedId]);

  const fit = () => setView(fitView(frame.current, layout));
  // Fit once, to the first drawing; later edits keep the user's zoom and pan.
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current) return;
    fitted.current = true;
    setView(fitView(frame.current, layout));
  }, [layout]);

  const zoom = (factor: number) => setView((v) => ({ ...v, scale: clampScale(v.scale * factor) }));

  const startEdit = (target: Target) => {
    if (target.kind === 'head') {
      setEditing({ target, text: problem, box: layout.head });
      return;
    }
    if (target.kind === 'bone') {
      const bone = layout.bones.find((b) => b.bone.id === target.id);
      if (bone)
        setEditing({ target, text: bone.bone.label, box: { ...bone.label, w: Math.max(bone.label.w, 140) } });
      return;
    }
    const cause = layout.causes.find((c) => c.cause.id === target.id);
    if (cause)
      setEditing({
        target,
        text: cause.cause.text,
        box: { ...cause.box, w: Math.max(cause.box.w, 200), h: Math.max(cause.box.h, 44) },
      });
  };

  const commit = () => {
    if (editing) onEditText(editing.target, editing.text);
    setEditing(null);
  };

  const onPointerDown = (e: ReactPointerEvent) => {
    if (editing || e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false };
  };
  const onPointerMove = (e: ReactPointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (!d.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    d.moved = true;
    setView((v) => ({ ...v, x: d.vx + dx, y: d.vy + dy }));
  };
  const onPointerUp = (e: ReactPointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (d?.moved) return;
    const target = targetOf(e.target as Element);
    if (target && target.kind !== 'head') onSelect(target.id);
  };

  return (
    <div className="fishbone-diagram">
      <div className="fishbone-diagram__tools">
        <button
          type="button"
          className="icon-button"
          onClick={() => zoom(1 / 1.2)}
          aria-label={t('improvement.fishbone.zoomOut')}
          title={t('improvement.fishbone.zoomOut')}
        >
          −
        </button>
        <span className="fishbone-diagram__zoom" aria-live="polite">
          {t('improvement.fishbone.zoom', { percent: Math.round(view.scale * 100) })}
        </span>
        <button
          type="button"
          className="icon-button"
          onClick={() => zoom(1.2)}
          aria-label={t('improvement.fishbone.zoomIn')}
          title={t('improvement.fishbone.zoomIn')}
        >
          <Icon name="plus" size={16} />
        </button>
        <button type="button" className="button button--small" onClick={fit}>
          {t('improvement.fishbone.zoomReset')}
        </button>
        <span className="muted fishbone-diagram__hint">{t('improvement.fishbone.editHint')}</span>
      </div>
      <div
        ref={frame}
        className="fishbone-diagram__frame"
        role="img"
        aria-label={t('improvement.fishbone.diagramLabel', { problem })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => {
          drag.current = null;
        }}
        onDoubleClick={(e) => {
          const target = targetOf(e.target as Element);
          if (target) startEdit(target);
        }}
        onWheel={(e) => {
          if (e.ctrlKey) zoom(e.deltaY < 0 ? 1.1 : 1 / 1.1);
          else setView((v) => ({ ...v, x: v.x - e.deltaX, y: v.y - e.deltaY }));
        }}
      >
        <div
          className="fishbone-diagram__canvas"
          style={{
            transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`,
            width: layout.width,
            height: layout.height,
          }}
        >
          {/* The SVG is our own string with every user text escaped (shared/domain/fishbone/svg.ts). */}
          <div data-testid="fishbone-svg" dangerouslySetInnerHTML={{ __html: svg }} />
          {editing && (
            <textarea
              className="fishbone-diagram__editor"
              style={{
                left: editing.box.x - 4,
                top: editing.box.y - 4,
                width: editing.box.w + 8,
                height: editing.box.h + 8,
              }}
              value={editing.text}
              autoFocus
              aria-label={t('improvement.fishbone.causeText')}
              onChange={(e) => setEditing({ ...editing, text: e.target.value })}
              onBlur={commit}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  commit();
                }
                if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setEditing(null);
                }
              }}
            />
          )}
        </div>
      </div>
    </div>
  );
}

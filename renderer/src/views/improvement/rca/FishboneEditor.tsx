import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutFishbone } from '../../../../../shared/domain/fishbone/layout';
import { fishboneSvg } from '../../../../../shared/domain/fishbone/svg';
import type { FishboneContent } from '../../../../../shared/schemas/improvement';
import { toApiError, type ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/Alert';
import { CauseDetails } from './CauseDetails';
import { download, safeFileName, svgToPng } from './exportImage';
import { FishboneDiagram } from './FishboneDiagram';
import { FishboneOutline } from './FishboneOutline';
import { countCauses, findCause, renameBone, updateCause } from './fishboneTree';

/** Diagram above, outline and the selected cause below; every change goes through `onChange` (autosaved). */
export function FishboneEditor({
  title,
  problem,
  content,
  onChange,
  onProblem,
}: {
  title: string;
  problem: string;
  content: FishboneContent;
  onChange: (next: FishboneContent) => void;
  onProblem: (problem: string) => void;
}) {
  const { t } = useTranslation();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const placeholder = t('improvement.fishbone.placeholder');
  const layout = useMemo(
    () => layoutFishbone(problem, content.bones, { placeholder }),
    [problem, content.bones, placeholder],
  );
  const selected = selectedId ? findCause(content, selectedId) : null;
  const roots = useMemo(() => layout.causes.filter((c) => c.cause.rootCause).length, [layout]);

  const exportSvg = () =>
    fishboneSvg(layout, { legend: { ...t('improvement.fishbone.legend', { returnObjects: true }) } });

  const exportAs = async (format: 'svg' | 'png') => {
    setExportError(null);
    try {
      const svg = exportSvg();
      const height = layout.height + 34;
      const blob =
        format === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml' })
          : await svgToPng(svg, layout.width, height);
      download(blob, safeFileName(title, format));
    } catch (err) {
      setExportError(toApiError(err));
    }
  };

  return (
    <>
      <section className="card fishbone-card">
        <div className="card__heading-row">
          <h2 className="card__title">{t('improvement.fishbone.diagram')}</h2>
          <span className="muted">
            {t('improvement.fishbone.stats', { causes: countCauses(content), roots })}
          </span>
          <span className="button-row">
            <button type="button" className="button button--small" onClick={() => void exportAs('svg')}>
              {t('improvement.fishbone.exportSvg')}
            </button>
            <button type="button" className="button button--small" onClick={() => void exportAs('png')}>
              {t('improvement.fishbone.exportPng')}
            </button>
          </span>
        </div>
        {exportError && (
          <ErrorAlert
            title={t('improvement.fishbone.exportFailed')}
            error={exportError}
            onDismiss={() => setExportError(null)}
          />
        )}
        <FishboneDiagram
          layout={layout}
          problem={problem}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onEditText={(target, text) => {
            if (target.kind === 'head') onProblem(text);
            else if (target.kind === 'bone') onChange(renameBone(content, target.id, text.slice(0, 60)));
            else onChange(updateCause(content, target.id, { text: text.slice(0, 300) }));
          }}
        />
      </section>
      <div className="fishbone-panels">
        <section className="card">
          <h2 className="card__title">{t('improvement.fishbone.outline')}</h2>
          <FishboneOutline
            content={content}
            selectedId={selectedId}
            focus={focus}
            onSelect={setSelectedId}
            onChange={(next, focusTo) => {
              onChange(next);
              if (focusTo) {
                setFocus({ id: focusTo });
                setSelectedId(focusTo);
              }
            }}
          />
        </section>
        <aside className="card">
          <h2 className="card__title">{t('improvement.fishbone.selected')}</h2>
          <CauseDetails
            cause={selected}
            onChange={(patch) => selectedId && onChange(updateCause(content, selectedId, patch))}
          />
        </aside>
      </div>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { SurveyFigures } from '../../../../../shared/schemas/surveys';

/** The period's headline figures, each with the number of answers it stands on. */
export function FigureTiles({ figures }: { figures: SurveyFigures }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const show = (v: number | null, suffix = '') => (v === null ? t('surveys.figures.none') : `${number.format(v)}${suffix}`);
  const tiles = [
    { id: 'responses', value: number.format(figures.responses), hint: '' },
    { id: 'csatAvg', value: show(figures.csatAvg), hint: t('surveys.figures.of', { count: number.format(figures.csatN) }) },
    { id: 'csatShare', value: show(figures.csatShare, '%'), hint: t('surveys.figures.csatShareHint') },
    {
      id: 'nps',
      value: show(figures.nps),
      hint: t('surveys.figures.npsHint', { promoters: number.format(figures.promoters), passives: number.format(figures.passives), detractors: number.format(figures.detractors) }),
    },
    { id: 'cesAvg', value: show(figures.cesAvg), hint: `${t('surveys.figures.cesHint')} · ${t('surveys.figures.of', { count: number.format(figures.cesN) })}` },
  ] as const;
  return (
    <section className="survey-figures" aria-label={t('surveys.figures.label')}>
      {tiles.map((tile) => (
        <div key={tile.id} className="card survey-figure" data-testid={`survey-figure-${tile.id}`}>
          <p className="survey-figure__label">{t(`surveys.figures.${tile.id}`)}</p>
          <p className="survey-figure__value">{tile.value}</p>
          {tile.hint && <p className="survey-figure__hint">{tile.hint}</p>}
        </div>
      ))}
    </section>
  );
}

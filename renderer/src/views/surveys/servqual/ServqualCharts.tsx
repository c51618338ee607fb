import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { servqualGapOption } from '../../../../../shared/charts/servqual-gap';
import { servqualRadarOption } from '../../../../../shared/charts/servqual-radar';
import type { ServqualSummary } from '../../../../../shared/schemas/surveys';
import { SurveyChart } from '../SurveyChart';

/** Radar of expectation against perception and bars of the gap, per dimension, with the overall gap. */
export function ServqualCharts({ summary }: { summary: ServqualSummary }) {
  const { t, i18n } = useTranslation();
  const names = useMemo(() => summary.dimensions.map((d) => t(`surveys.dimensions.${d.dimension}`)), [summary, t]);
  const radar = useMemo(
    () =>
      servqualRadarOption({
        dimensionNames: names,
        expectation: summary.dimensions.map((d) => d.expectation),
        perception: summary.dimensions.map((d) => d.perception),
        expectationName: t('surveys.servqual.expectation'),
        perceptionName: t('surveys.servqual.perception'),
      }),
    [summary, names, t],
  );
  const gaps = useMemo(
    () => servqualGapOption({ names, gaps: summary.dimensions.map((d) => d.gap), gapName: t('surveys.servqual.gap') }),
    [summary, names, t],
  );
  const number = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  return (
    <div className="survey-charts">
      <section className="card survey-card" aria-labelledby="servqual-radar-title">
        <h2 id="servqual-radar-title" className="card__title">
          {t('surveys.servqual.radar')}
        </h2>
        <SurveyChart option={radar} label={t('surveys.servqual.radarLabel')} height={320} testId="servqual-radar" />
      </section>
      <section className="card survey-card" aria-labelledby="servqual-gap-title">
        <div className="card__heading-row">
          <h2 id="servqual-gap-title" className="card__title">
            {t('surveys.servqual.gapChart')}
          </h2>
          <p className="servqual-overall" data-testid="servqual-overall">
            <span>{t('surveys.servqual.overall')}</span>
            <strong className={summary.overall !== null && summary.overall < 0 ? 'servqual-overall--short' : ''}>
              {summary.overall === null ? t('surveys.figures.none') : number.format(summary.overall)}
            </strong>
          </p>
        </div>
        <SurveyChart option={gaps} label={t('surveys.servqual.gapChartLabel')} height={280} testId="servqual-gaps" />
      </section>
    </div>
  );
}

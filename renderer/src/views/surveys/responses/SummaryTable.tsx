import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../../../shared/domain/enums';
import { SURVEY_GROUPS, type SurveyGroup, type SurveySummary } from '../../../../../shared/schemas/surveys';
import { gridTheme } from '../../../components/gridTheme';
import { trainingGridLocale } from '../../training/grid';

/** Figure names are long in English: headers wrap rather than cut them off. */
const WRAPPED_HEADERS = { wrapHeaderText: true, autoHeaderHeight: true } as const;

type Row = SurveySummary['groups'][number];

/** Figures per outlet, month or channel, with each figure's own number of answers. */
export function SummaryTable({ summary, groupBy, onGroupBy }: { summary: SurveySummary; groupBy: SurveyGroup; onGroupBy: (g: SurveyGroup) => void }) {
  const { t, i18n } = useTranslation();
  const localeText = useMemo(() => trainingGridLocale(t), [t]);
  const columns = useMemo<ColDef<Row>[]>(() => {
    const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    const figure = (v: unknown) => (v === null || v === undefined ? t('surveys.figures.none') : number.format(v as number));
    const numeric = (field: keyof Row, header: string, width = 104): ColDef<Row> => ({
      field,
      headerName: header,
      headerTooltip: header,
      flex: 1,
      minWidth: width,
      type: 'numericColumn',
      valueFormatter: ({ value }) => figure(value),
    });
    return [
      {
        field: 'label',
        headerName: t('surveys.summary.group'),
        flex: 1,
        minWidth: 150,
        valueFormatter: ({ data }) => {
          if (!data) return '';
          if (groupBy === 'channel') return data.key ? t(`tickets.channel.${data.key as Channel}`) : t('surveys.summary.noChannel');
          return data.key ? data.label : t('surveys.summary.noOutlet');
        },
      },
      numeric('responses', t('surveys.figures.responses'), 90),
      numeric('csatAvg', t('surveys.figures.csatAvg')),
      { ...numeric('csatShare', t('surveys.figures.csatShare')), valueFormatter: ({ value }) => (value === null ? t('surveys.figures.none') : `${figure(value)}%`) },
      numeric('nps', t('surveys.figures.nps'), 90),
      numeric('promoters', t('surveys.summary.promoters'), 96),
      numeric('detractors', t('surveys.summary.detractors'), 96),
      numeric('cesAvg', t('surveys.figures.cesAvg')),
    ];
  }, [t, i18n.language, groupBy]);

  return (
    <section className="card survey-card" aria-labelledby="survey-summary-title">
      <div className="card__heading-row">
        <h2 id="survey-summary-title" className="card__title">
          {t('surveys.summary.title')}
        </h2>
        <div className="segmented" role="group" aria-label={t('surveys.summary.groupBy')}>
          {SURVEY_GROUPS.map((g) => (
            <button key={g} type="button" className="segmented__option" aria-pressed={groupBy === g} onClick={() => onGroupBy(g)}>
              {t(`surveys.summary.${g}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="survey-grid survey-grid--summary" data-testid="survey-summary">
        <AgGridReact<Row> theme={gridTheme} localeText={localeText} rowData={summary.groups} columnDefs={columns}
          defaultColDef={WRAPPED_HEADERS} getRowId={({ data }) => data.key || '-'} domLayout="autoHeight" />
      </div>
    </section>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rankCompetitors } from '../../../../../shared/domain/training-competition';
import type { SessionDetail } from '../../../../../shared/schemas/training';

/** A skills competition's ranking and awards, from the latest score of each part (the grid's own figures). */
export function CompetitionRanking({ detail }: { detail: SessionDetail }) {
  const { t } = useTranslation();
  const ranked = useMemo(() => {
    const competitors = detail.trainees.map((tr) => ({
      staffId: tr.staffId,
      scores: new Map(Object.entries(tr.attempts).flatMap(([part, attempts]) => {
        const last = attempts[attempts.length - 1];
        return last ? [[Number(part), last.score] as [number, number]] : [];
      })),
    }));
    return rankCompetitors(detail.parts.map((p) => p.id), competitors);
  }, [detail]);
  const byId = new Map(detail.trainees.map((tr) => [tr.staffId, tr]));
  return (
    <section className="card effect-card" aria-labelledby="competition-title">
      <h2 id="competition-title" className="card__title">{t('training.competition.title')}</h2>
      <p className="card__hint">{t('training.competition.hint')}</p>
      {ranked.length === 0 ? (
        <p className="muted">{t('training.competition.empty')}</p>
      ) : (
        <div className="kpi-table-wrap">
          <table className="kpi-table">
            <thead>
              <tr>
                <th scope="col" className="num">{t('training.competition.rank')}</th>
                <th scope="col">{t('training.grid.employeeNo')}</th>
                <th scope="col">{t('training.grid.name')}</th>
                <th scope="col">{t('training.grid.outlet')}</th>
                {detail.parts.map((p) => <th key={p.id} scope="col" className="num">{p.name}</th>)}
                <th scope="col" className="num">{t('training.competition.total')}</th>
                <th scope="col">{t('training.competition.award')}</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((r) => {
                const trainee = byId.get(r.staffId)!;
                return (
                  <tr key={r.staffId}>
                    <td className="num">{r.rank}</td>
                    <td>{trainee.employeeNo}</td>
                    <th scope="row">{trainee.name}</th>
                    <td>{trainee.outletName ?? t('training.none')}</td>
                    {detail.parts.map((p) => {
                      const attempts = trainee.attempts[String(p.id)] ?? [];
                      return <td key={p.id} className="num">{attempts[attempts.length - 1]?.score ?? t('training.none')}</td>;
                    })}
                    <td className="num"><strong>{r.total}</strong></td>
                    <td>{r.award && <span className={`effect-verdict effect-verdict--award-${r.award}`}>{t(`training.competition.awards.${r.award}`)}</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

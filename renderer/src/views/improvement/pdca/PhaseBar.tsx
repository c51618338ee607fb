import { useTranslation } from 'react-i18next';
import {
  PDCA_PHASES,
  type CycleDetail,
  type GateProblem,
  type PdcaPhase,
} from '../../../../../shared/schemas/improvement';

/**
 * Where the cycle stands, the move forward (with what its gate still needs) and the move back. `refused` holds
 * the problems of a move the host just refused, which may differ from the standing gate when the draft changed.
 */
export function PhaseBar({
  detail,
  busy,
  refused,
  onMove,
}: {
  detail: CycleDetail;
  busy: boolean;
  refused: { to: PdcaPhase; problems: GateProblem[] } | null;
  onMove: (to: PdcaPhase) => void;
}) {
  const { t } = useTranslation();
  const index = PDCA_PHASES.indexOf(detail.phase);
  const previous = index > 0 ? PDCA_PHASES[index - 1]! : null;
  const next = detail.gate.to;
  const problems = refused && refused.to === next ? refused.problems : detail.gate.problems;
  const phaseName = (p: PdcaPhase) => t(`improvement.pdca.phaseShort.${p}`);
  return (
    <section className="card phase-bar" aria-label={t('improvement.pdca.board')}>
      <ol className="phase-steps">
        {PDCA_PHASES.map((p, i) => (
          <li
            key={p}
            className={
              i < index
                ? 'phase-step phase-step--done'
                : i === index
                  ? 'phase-step phase-step--current'
                  : 'phase-step'
            }
            aria-current={i === index ? 'step' : undefined}
          >
            <span className="phase-step__dot">{i + 1}</span>
            {t(`improvement.pdca.phases.${p}`)}
          </li>
        ))}
      </ol>
      <div className="phase-bar__moves">
        {next ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => onMove(next)}
          >
            {t('improvement.pdca.move.to', { phase: phaseName(next) })}
          </button>
        ) : (
          <span className="badge badge--success">{t('improvement.pdca.move.closedNote')}</span>
        )}
        {previous && (
          <button type="button" className="button" disabled={busy} onClick={() => onMove(previous)}>
            {t('improvement.pdca.move.back', { phase: phaseName(previous) })}
          </button>
        )}
      </div>
      {next && (
        <div
          className={problems.length > 0 ? 'gate gate--blocked' : 'gate gate--ready'}
          data-testid="gate"
          role="status"
        >
          {problems.length > 0 ? (
            <>
              <p className="gate__title">{t('improvement.pdca.move.blocked', { phase: phaseName(next) })}</p>
              <ul className="gate__list">
                {problems.map((p) => (
                  <li key={p}>{t(`improvement.pdca.gate.${p}`)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="gate__title">{t('improvement.pdca.move.ready', { phase: phaseName(next) })}</p>
          )}
        </div>
      )}
    </section>
  );
}

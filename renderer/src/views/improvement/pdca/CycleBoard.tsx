import { useTranslation } from 'react-i18next';
import { PDCA_PHASES, type CycleSummary } from '../../../../../shared/schemas/improvement';
import { call } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { ErrorAlert } from '../../../components/Alert';
import { Icon } from '../../../components/Icon';
import { PageHeader } from '../../../components/PageHeader';

const loadCycles = () => call('pdca.list', {});

function Card({ cycle }: { cycle: CycleSummary }) {
  const { t } = useTranslation();
  return (
    <li>
      <a
        className={cycle.overdue ? 'cycle-card cycle-card--overdue' : 'cycle-card'}
        href={`#/pdca/${cycle.id}`}
      >
        <span className="cycle-card__title">{cycle.title}</span>
        <span className="cycle-card__meta">
          {cycle.ownerName && <span>{cycle.ownerName}</span>}
          {cycle.kpiId && <code>{cycle.kpiId}</code>}
        </span>
        <span className="cycle-card__meta">
          <span>
            {t('improvement.pdca.cardActions', { done: cycle.actionsDone, total: cycle.actionsTotal })}
          </span>
          <span>{t('improvement.pdca.cardWorksheets', { count: cycle.worksheets })}</span>
        </span>
        {cycle.dueOn && (
          <span className="cycle-card__meta">
            <span>{t('improvement.pdca.cardDue', { date: cycle.dueOn })}</span>
            {cycle.overdue && <span className="badge badge--danger">{t('improvement.pdca.overdue')}</span>}
          </span>
        )}
      </a>
    </li>
  );
}

/** Every cycle in the column of its phase. */
export function CycleBoard() {
  const { t } = useTranslation();
  const cycles = useResource(loadCycles);
  return (
    <>
      <PageHeader title={t('areas.pdca.title')}>
        <p className="page-header__lead">{t('areas.pdca.summary')}</p>
      </PageHeader>
      <div className="toolbar">
        <a className="button button--primary" href="#/pdca/new">
          <Icon name="plus" size={16} />
          {t('improvement.pdca.newCycle')}
        </a>
      </div>
      {cycles.status === 'error' && (
        <ErrorAlert title={t('improvement.common.loadFailed')} error={cycles.error} />
      )}
      {cycles.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {cycles.status === 'ready' && cycles.data.length === 0 && (
        <section className="empty-state">
          <div className="empty-state__icon">
            <Icon name="pdca" size={36} />
          </div>
          <p className="empty-state__summary">{t('improvement.pdca.boardEmpty')}</p>
        </section>
      )}
      {cycles.status === 'ready' && cycles.data.length > 0 && (
        <div className="board" data-testid="pdca-board">
          {PDCA_PHASES.map((phase) => {
            const inPhase = cycles.data.filter((c) => c.phase === phase);
            return (
              <section
                key={phase}
                className={`board__column board__column--${phase}`}
                aria-label={t(`improvement.pdca.phases.${phase}`)}
              >
                <h2 className="board__title">
                  {t(`improvement.pdca.phases.${phase}`)}{' '}
                  <span className="board__count">{inPhase.length}</span>
                </h2>
                {inPhase.length === 0 ? (
                  <p className="board__empty">{t('improvement.pdca.columnEmpty')}</p>
                ) : (
                  <ul className="board__cards">
                    {inPhase.map((c) => (
                      <Card key={c.id} cycle={c} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}

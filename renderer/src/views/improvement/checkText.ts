import type { TFunction } from 'i18next';
import { formatKpiValue } from '../../../../shared/charts/kpi-format';
import { KPI_CATALOG, KPI_IDS, type KpiId } from '../../../../shared/domain/kpi-catalog';
import type { ActionCheck, CheckAudit } from '../../../../shared/schemas/action-checks';
import type { ApiError } from '../../api/errors';
import { errorMessage } from '../../i18n/errorMessage';

const REFUSALS = [
  'checkMissing',
  'checkNotEffective',
  'notDone',
  'alreadyClosed',
  'noSourceAudit',
  'notLaterAudit',
  'kpiNoData',
] as const;
type Refusal = (typeof REFUSALS)[number];
const isRefusal = (value: unknown): value is Refusal => (REFUSALS as readonly unknown[]).includes(value);

/** Why core refused a close or a check, in the catalog's words; other failures as usual. */
export function checkError(t: TFunction, error: ApiError): string {
  const reason = error.details['reason'];
  return error.code === 'CONFLICT' && isRefusal(reason)
    ? t(`improvement.checks.refused.${reason}`, error.details)
    : errorMessage(t, error);
}

const isKpi = (id: string): id is KpiId => (KPI_IDS as readonly string[]).includes(id);

export const scoreText = (score: number | null) => (score === null ? '—' : score.toFixed(1));

export const auditOption = (t: TFunction, a: CheckAudit) =>
  t('improvement.checks.auditOption', { ticket: a.ticketRef, month: a.month, score: scoreText(a.score) });

/** One line with the evidence of a recorded check: the two audit scores, or the KPI before and after. */
export function evidenceText(t: TFunction, language: string, check: ActionCheck): string {
  const { evidence } = check;
  if (evidence.method === 'reaudit')
    return t('improvement.checks.compareAudits', {
      ticket: evidence.audit.ticketRef,
      before: scoreText(evidence.audit.score),
      reTicket: evidence.reaudit.ticketRef,
      after: scoreText(evidence.reaudit.score),
    });
  const kpi = evidence.kpi;
  const value = (v: number | null) =>
    v === null
      ? '—'
      : isKpi(kpi)
        ? formatKpiValue(kpi, v, language, t(`kpi.units.${KPI_CATALOG[kpi].unit}`))
        : String(v);
  return t('improvement.checks.compareKpi', {
    kpi: isKpi(kpi) ? t(`kpi.defs.${kpi}.name`) : kpi,
    beforeFrom: evidence.before.from,
    beforeTo: evidence.before.to,
    before: value(evidence.before.value),
    afterFrom: evidence.after.from,
    afterTo: evidence.after.to,
    after: value(evidence.after.value),
  });
}

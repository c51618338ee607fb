import { parsePeriod } from '../../../shared/domain/kpi-period.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { SurveyFilter } from '../../../shared/schemas/surveys.ts';

/**
 * A filter as a WHERE clause over a table aliased `r` with `responded_on` and `outlet_id`: fixed SQL text with
 * named parameters only; a condition that does not apply binds NULL and drops out.
 */
export const FILTER_SQL = `
  (@from IS NULL OR r.responded_on >= @from) AND (@to IS NULL OR r.responded_on <= @to)
  AND (@outletId IS NULL OR r.outlet_id = @outletId)`;

export const RESPONSE_FILTER_SQL = `${FILTER_SQL}
  AND (@channel IS NULL OR r.channel = @channel)
  AND (@link IS NULL OR (@link = 'ticket') = (r.ticket_id IS NOT NULL))`;

export interface PlaceParams {
  from: string | null;
  to: string | null;
  outletId: number | null;
}

/** Parameters of FILTER_SQL (period and outlet: all that SERVQUAL questionnaires carry). */
export function placeParams(filter: Pick<SurveyFilter, 'period' | 'outletId'>): PlaceParams {
  let from: string | null = null;
  let to: string | null = null;
  if (filter.period !== undefined) {
    const period = parsePeriod(filter.period);
    // The contract already refused an unreadable period; this guards direct callers.
    if (!period) throw new QmFailure('INVALID_INPUT', `not a period: ${filter.period}`);
    from = period.from;
    to = period.to;
  }
  return { from, to, outletId: filter.outletId ?? null };
}

/** Parameters of RESPONSE_FILTER_SQL. */
export const filterParams = (filter: SurveyFilter) => ({
  ...placeParams(filter),
  channel: filter.channel ?? null,
  link: filter.link ?? null,
});

/** FMEA rules: risk priority number, risk band and the effect of a recommended action. Pure, shared by core and UI. */

export interface FmeaScores {
  severity: number;
  occurrence: number;
  detection: number;
}

export type RiskBand = 'high' | 'medium' | 'low';

/** Risk priority number: severity × occurrence × detection, 1–1000. */
export const rpn = (s: FmeaScores): number => s.severity * s.occurrence * s.detection;

/**
 * High when the RPN reaches 200 or the effect is severe (9–10) whatever its RPN, because a rare but severe service
 * failure (a safety hazard on site, lost customer data) is never acceptable; medium from 100 or severity 7–8.
 */
export function riskBand(s: FmeaScores): RiskBand {
  const value = rpn(s);
  if (value >= 200 || s.severity >= 9) return 'high';
  if (value >= 100 || s.severity >= 7) return 'medium';
  return 'low';
}

/**
 * Zone of a severity × occurrence cell on the heat map (detection left out, as the seed's risk map does): red where
 * a failure is severe (9–10) or S × O reaches 40, amber from 18, green below.
 */
export function cellZone(severity: number, occurrence: number): RiskBand {
  const product = severity * occurrence;
  if (severity >= 9 || product >= 40) return 'high';
  if (product >= 18) return 'medium';
  return 'low';
}

/** How far the re-scored RPN fell after the action, as a share of the original (0.6 = 60% lower); null if not re-scored. */
export function rpnReduction(before: FmeaScores, after: FmeaScores | null): number | null {
  if (after === null) return null;
  return (rpn(before) - rpn(after)) / rpn(before);
}

/** Severity × occurrence cell of the heat map: how many failure modes sit in each, the worst RPN among them. */
export interface HeatCell {
  severity: number;
  occurrence: number;
  count: number;
  maxRpn: number;
}

export function heatCells(items: readonly FmeaScores[]): HeatCell[] {
  const cells = new Map<string, HeatCell>();
  for (const item of items) {
    const key = `${item.severity}-${item.occurrence}`;
    const cell = cells.get(key) ?? {
      severity: item.severity,
      occurrence: item.occurrence,
      count: 0,
      maxRpn: 0,
    };
    cell.count += 1;
    cell.maxRpn = Math.max(cell.maxRpn, rpn(item));
    cells.set(key, cell);
  }
  return [...cells.values()].sort((a, b) => a.severity - b.severity || a.occurrence - b.occurrence);
}

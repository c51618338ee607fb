/** KANO needs pool: the order in which needs are worth working on. Pure, shared by core and UI. */

export const KANO_CATEGORIES = ['basic', 'expected', 'excitement'] as const;
export type KanoCategory = (typeof KANO_CATEGORIES)[number];

/*
 * Basic needs (必备) cause complaints when missing and earn nothing when met, so they come first; expected needs
 * (期望) move satisfaction in proportion; excitement needs (魅力) delight but only once the others hold.
 */
const WEIGHT: Record<KanoCategory, number> = { basic: 3, expected: 2, excitement: 1.5 };

export type NeedPriority = 'high' | 'medium' | 'low';

/** Category weight × impact (1–5) ÷ cost (1–5): 0.3 to 15. */
export const needScore = (category: KanoCategory, impact: number, cost: number): number =>
  Math.round(((WEIGHT[category] * impact) / cost) * 100) / 100;

/** High from 6 (a basic need of impact 4 at cost 2), low below 2.5; a basic need is never low. */
export function needPriority(category: KanoCategory, impact: number, cost: number): NeedPriority {
  const score = needScore(category, impact, cost);
  if (score >= 6) return 'high';
  if (score >= 2.5 || category === 'basic') return 'medium';
  return 'low';
}

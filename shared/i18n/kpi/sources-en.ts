import type { sourceDefsZh } from './sources-zh-CN.ts';

const gap = (dimension: string) => ({
  name: `${dimension} gap`,
  definition: `Mean perception minus mean expectation of the SERVQUAL “${dimension.toLowerCase()}” dimension (1–7 scale) in the period; a negative gap means the service falls short of what customers expect.`,
  formula: 'mean over the dimension’s items of (mean perception − mean expectation)',
  denominator: 'SERVQUAL questionnaires answered in the period (by answer date)',
});

export const sourceDefsEn: typeof sourceDefsZh = {
  qa_score_avg: {
    name: 'QA score, average',
    definition:
      'Mean score (0–100) of the quality audits submitted in the period; auto-failed audits count with their score. Period by submission day; outlet, team and agent through the audited agent, channel, category and segment through the audited ticket.',
    formula: 'Σ audit scores ÷ audits submitted',
    denominator: 'audits submitted in the period with a score',
  },
  qa_autofail_rate: {
    name: 'QA auto-fail rate',
    definition:
      'Share of the audits submitted in the period that auto-failed (form or section) on a critical item. Period by submission day.',
    formula: 'auto-failed audits ÷ audits submitted × 100%',
    denominator: 'audits submitted in the period',
  },
  training_coverage: {
    name: 'Assessment coverage',
    definition:
      'Share of the active staff whose role requires a product-knowledge assessment who have a score in a product-knowledge course ending in the period (the same computation as the training page).',
    formula: 'staff assessed ÷ staff who must be assessed × 100%',
    denominator:
      'active staff whose role requires a product-knowledge assessment (all active staff when no role does)',
  },
  training_pass_rate: {
    name: 'Training pass rate',
    definition:
      'Share passed of the trainee results decided (every part scored, or one part failed; latest attempts) in training sessions ending in the period.',
    formula: 'passed ÷ decided trainee results × 100%',
    denominator: 'decided trainee results of sessions ending in the period',
  },
  cert_expiring_30d: {
    name: 'Certificates expiring in 30 days',
    definition:
      'Current certificates of active staff that run out within 30 days of the period’s last day (today for the current period): refresher training to plan.',
    formula: 'count (current certificates expiring within 30 days)',
    denominator: '',
  },
  servqual_gap_tangibles: gap('Tangibles'),
  servqual_gap_reliability: gap('Reliability'),
  servqual_gap_responsiveness: gap('Responsiveness'),
  servqual_gap_assurance: gap('Assurance'),
  servqual_gap_empathy: gap('Empathy'),
  mystery_score_avg: {
    name: 'Mystery-shop score',
    definition:
      'Mean score of the published mystery-shop visits of the period (0–100, scored with the questionnaire’s weights, N/A and critical-item rules; after upheld appeals). Visits count by visit day; measured for the organisation or one outlet only.',
    formula: 'Σ visit scores ÷ published visits',
    denominator: 'published visits in the period (by visit day)',
  },
};

/** The effectiveness check an action needs before it is closed: a re-audit or a KPI comparison. */
import { z } from 'zod';
import { KpiId, KpiScope } from './kpi.ts';
import { Id } from './tickets.ts';

const LocalDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');

export const CHECK_METHODS = ['reaudit', 'kpi'] as const;
export const CHECK_VERDICTS = ['effective', 'not_effective'] as const;

/** What the user records; core looks up the audits' scores or computes the KPI values itself. */
export const CheckInput = z
  .object({
    actionId: Id,
    evidence: z.discriminatedUnion('method', [
      z.object({ method: z.literal('reaudit'), reauditId: Id }).strict(),
      /** Before = as long a period before `from` as there is data since it (PDCA Check's window). */
      z.object({ method: z.literal('kpi'), kpi: KpiId, scope: KpiScope, from: LocalDay }).strict(),
    ]),
    verdict: z.enum(CHECK_VERDICTS),
    note: z.string().trim().min(1).max(4000),
  })
  .strict();

const Span = z.object({ from: z.string(), to: z.string() });

/** One audit as the check shows it: score and when it was submitted. */
export const CheckAudit = z.object({
  id: z.number(),
  ticketRef: z.string(),
  month: z.string(),
  score: z.number().nullable(),
  submittedAt: z.number(),
});
export type CheckAudit = z.infer<typeof CheckAudit>;

export const ActionCheck = z.object({
  evidence: z.discriminatedUnion('method', [
    z.object({ method: z.literal('reaudit'), audit: CheckAudit, reaudit: CheckAudit }),
    z.object({
      method: z.literal('kpi'),
      kpi: z.string(),
      scope: z.object({ dim: z.string(), key: z.string() }),
      before: Span.extend({ value: z.number().nullable() }),
      after: Span.extend({ value: z.number().nullable() }),
    }),
  ]),
  verdict: z.enum(CHECK_VERDICTS),
  note: z.string(),
  actor: z.string(),
  checkedAt: z.number(),
});
export type ActionCheck = z.infer<typeof ActionCheck>;

/** For the check form: the audit that raised the action and the later submitted audits of the same agent. */
export const CheckOptions = z.object({
  audit: CheckAudit.nullable(),
  agentName: z.string().nullable(),
  reaudits: z.array(CheckAudit),
});
export type CheckOptions = z.infer<typeof CheckOptions>;

import type { TicketFields } from '../../../shared/schemas/tickets.ts';
import { at, REF, ticketWorkspace } from '../tickets/workspace.ts';

export const TZ = 'Asia/Shanghai';
/** Late enough that every running clock of the fixture is past due. */
export const NOW = at('2026-11-10', '12:00');

/**
 * Four October tickets with hand-computed KPIs (see kpi-formulas.test.ts), one on each side of the month's local
 * boundaries, which must not count.
 */
export async function octoberWorkspace() {
  const ws = await ticketWorkspace();
  const t = (o: Partial<TicketFields>): number => ws.add(o, at('2026-10-01'));
  const ids = {
    // complaint, tier 1: response 20 min (met), resolved after 6 h (met), callback 18 h after resolution
    t1: t({
      type: 'complaint',
      tier: 1,
      categoryId: REF.categories.rude,
      status: 'closed',
      createdAt: at('2026-10-05', '10:00'),
      firstResponseAt: at('2026-10-05', '10:20'),
      resolvedAt: at('2026-10-05', '16:00'),
      closedAt: at('2026-10-05', '17:00'),
      resolution: '道歉并回访',
      fcr: true,
      callbackAt: at('2026-10-06', '10:00'),
      callbackResult: 'satisfied',
      csat: 5,
      nps: 10,
      ces: 7,
    }),
    // repair, tier 1: response 45 min (breached), resolved after 24 h (breached), reopened once, callback after 73 h
    t2: t({
      tier: 1,
      status: 'resolved',
      customerId: REF.customers.chen,
      createdAt: at('2026-10-06', '09:00'),
      firstResponseAt: at('2026-10-06', '09:45'),
      resolvedAt: at('2026-10-07', '09:00'),
      resolution: '更换电容',
      reopenCount: 1,
      fcr: false,
      callbackAt: at('2026-10-10', '10:00'),
      callbackResult: 'neutral',
      csat: 3,
      nps: 6,
      ces: 4,
    }),
    // complaint by the same customer about the same issue after t1 closed: a repeat; open, response 10 min (met)
    t3: t({
      type: 'complaint',
      tier: 1,
      categoryId: REF.categories.rude,
      status: 'in_progress',
      createdAt: at('2026-10-20', '12:00'),
      firstResponseAt: at('2026-10-20', '12:10'),
      nps: 9,
    }),
    // inquiry, tier 3, late on the last local day of October; never answered
    t4: t({ type: 'inquiry', tier: 3, status: 'new', createdAt: at('2026-10-31', '23:30') }),
    // outside October in Shanghai time (though inside it in UTC / the other way round)
    t5: t({ type: 'inquiry', status: 'new', createdAt: at('2026-11-01', '00:10') }),
    t6: t({ type: 'inquiry', status: 'new', createdAt: at('2026-09-30', '23:50') }),
  };
  return { ...ws, ids };
}

import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.ts';
import type { TemplateFields } from '../../../shared/schemas/audits.ts';
import { newSession } from '../helpers/session.ts';

/**
 * A fresh workspace (Asia/Shanghai) with four outlets, a small mystery-shop questionnaire, one programme and two
 * quarterly waves over all outlets, driven through dispatch as the renderer does.
 */
export async function mysteryWorkspace() {
  const ctx = newSession();
  const created = await ctx.dispatch('workspace.create', { path: ctx.file });
  if (!created.ok) throw new Error(created.error.message);
  const db = ctx.session.db();
  db.exec(`INSERT INTO outlets (id, code, name, city, region) VALUES
    (1, 'SH01', '上海徐汇网点', '上海', '华东'), (2, 'HZ01', '杭州西湖网点', '杭州', '华东'),
    (3, 'NJ01', '南京鼓楼网点', '南京', '华东'), (4, 'SZ01', '深圳南山网点', '深圳', '华南')`);
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await ctx.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const reason = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<unknown> => {
    const result = await ctx.dispatch(method, input);
    return result.ok ? 'ok' : (result.error.details?.['reason'] ?? result.error.code);
  };
  const template = await ok('audits.templates.save', { fields: smallMystery() });
  const programme = await ok('mystery.programmes.save', { fields: { name: '门店神秘顾客 2026', templateCode: template.code } });
  const outletIds = [1, 2, 3, 4];
  const q1 = await ok('mystery.waves.save', { fields: { programmeId: programme.id, name: '2026 Q1', startsOn: '2026-01-01', endsOn: '2026-03-31', outletIds } });
  const q2 = await ok('mystery.waves.save', { fields: { programmeId: programme.id, name: '2026 Q2', startsOn: '2026-04-01', endsOn: '2026-06-30', outletIds } });
  /** A visit saved, reviewed and published with `answers` (default: everything perfect). */
  const publish = async (waveId: number, outletId: number, answers: Record<string, number | 'na'>, visitedOn: string) => {
    const visit = await ok('mystery.visits.save', { fields: visitFields(waveId, outletId, answers, visitedOn) });
    await ok('mystery.visits.move', { id: visit.id, to: 'reviewed' });
    return ok('mystery.visits.move', { id: visit.id, to: 'published' });
  };
  return { ...ctx, db, ok, reason, template, programme, q1, q2, publish };
}

export const visitFields = (waveId: number, outletId: number, answers: Record<string, number | 'na'>, visitedOn: string) => ({
  waveId,
  outletId,
  scenarioId: null,
  shopper: '访员甲',
  visitedOn,
  visitTime: '10:30',
  durationMin: 25,
  answers,
  findings: {},
  comments: '',
});

/** Every answer perfect: score 100. */
export const PERFECT = { clean: 1, greeted: 1, knows: 5, bonus_tea: 0 } as const;

/** Two sections: environment (a yes/no item critical for the form), service (1–5 item and a bonus yes/no). */
export function smallMystery(): TemplateFields {
  const item = { guidance: '', maxPoints: 10, weight: 1, bonus: false, critical: 'none', servqual: 'tangibles', scale: 'yes_no' } as const;
  return {
    code: 'MS-T',
    nameZh: '测试问卷',
    nameEn: 'Test questionnaire',
    kind: 'mystery',
    active: true,
    sections: [
      {
        key: 'environment', labelZh: '环境', labelEn: 'Environment', weight: 1,
        items: [
          { ...item, key: 'clean', labelZh: '整洁', labelEn: 'Clean' },
          { ...item, key: 'greeted', labelZh: '问候', labelEn: 'Greeted', critical: 'form' },
        ],
      },
      {
        key: 'service', labelZh: '服务', labelEn: 'Service', weight: 1,
        items: [
          { ...item, key: 'knows', labelZh: '产品知识', labelEn: 'Knows the product', scale: 'five' },
          { ...item, key: 'bonus_tea', labelZh: '奉茶', labelEn: 'Offered tea', bonus: true },
        ],
      },
    ],
  };
}

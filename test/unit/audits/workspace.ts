import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.ts';
import type { TemplateFields } from '../../../shared/schemas/audits.ts';
import { newSession } from '../helpers/session.ts';

/**
 * A fresh workspace with two outlets, three agents and a month of tickets (November 2026, Asia/Shanghai), driven
 * through dispatch as the renderer does.
 */
export async function auditsWorkspace() {
  const ctx = newSession();
  const created = await ctx.dispatch('workspace.create', { path: ctx.file });
  if (!created.ok) throw new Error(created.error.message);
  const db = ctx.session.db();
  db.exec(`
    INSERT INTO outlets (id, code, name, city, region) VALUES (1, 'SH01', '上海徐汇网点', '上海', '华东'), (2, 'HZ01', '杭州西湖网点', '杭州', '华东');
    INSERT INTO teams (id, code, name, department, outlet_id) VALUES (1, 'SH-CS', '上海客服组', 'customer_service', 1);
    INSERT INTO staff (id, employee_no, name, role, team_id, outlet_id, hire_date) VALUES
      (1, 'E001', '李娜', 'agent', 1, 1, '2024-03-01'),
      (2, 'E002', '王强', 'agent', 1, 1, '2023-07-15'),
      (3, 'E003', '张伟', 'agent', 1, 2, '2025-09-01');
  `);
  const insert = db.prepare(
    `INSERT INTO tickets (external_id, channel, type, tier, assignee_id, outlet_id, subject, status, created_at, updated_at)
     VALUES (?, ?, 'inquiry', 3, ?, 1, ?, 'closed', ?, ?)`,
  );
  const channels = ['phone', 'chat', 'onsite'] as const;
  // 2026-11-01 00:00 Asia/Shanghai is 2026-10-31 16:00 UTC; 60 tickets a day apart per agent, plus one in October.
  const start = Date.UTC(2026, 9, 31, 16);
  db.transaction(() => {
    for (let agent = 1; agent <= 3; agent++) {
      for (let i = 0; i < 20; i++) {
        const at = start + i * 86_400_000 + agent * 60_000;
        insert.run(`T${agent}-${i}`, channels[i % 3], agent, `工单 ${agent}-${i}`, at, at);
      }
    }
    insert.run('OCT-1', 'phone', 1, '十月工单', start - 3_600_000, start - 3_600_000);
  })();
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await ctx.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { ...ctx, db, ok };
}

/** A small template: one section with a critical item, one with a bonus. */
export function smallTemplate(overrides: Partial<TemplateFields> = {}): TemplateFields {
  const item = { guidance: '', maxPoints: 10, weight: 1, bonus: false, critical: 'none', servqual: 'assurance', scale: 'yes_no' } as const;
  return {
    code: 'QA-T',
    nameZh: '测试评分表',
    nameEn: 'Test scorecard',
    kind: 'audit',
    active: true,
    sections: [
      {
        key: 'attitude', labelZh: '态度', labelEn: 'Attitude', weight: 1,
        items: [
          { ...item, key: 'greeting', labelZh: '问候', labelEn: 'Greeting' },
          { ...item, key: 'no_rudeness', labelZh: '无禁语', labelEn: 'No rudeness', critical: 'form' },
        ],
      },
      {
        key: 'skill', labelZh: '专业', labelEn: 'Skill', weight: 1,
        items: [
          { ...item, key: 'diagnosis', labelZh: '诊断', labelEn: 'Diagnosis', scale: 'five' },
          { ...item, key: 'advice', labelZh: '建议', labelEn: 'Advice', bonus: true },
        ],
      },
    ],
    ...overrides,
  };
}

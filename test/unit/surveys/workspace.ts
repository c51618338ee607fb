import fs from 'node:fs';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.ts';
import { SERVQUAL_ITEMS } from '../../../shared/domain/servqual.ts';
import type { ServqualFields } from '../../../shared/schemas/surveys.ts';
import { newSession } from '../helpers/session.ts';

/** A fresh workspace with two outlets and two tickets, driven through dispatch as the renderer does. */
export async function surveyWorkspace() {
  const ctx = newSession();
  const created = await ctx.dispatch('workspace.create', { path: ctx.file });
  if (!created.ok) throw new Error(created.error.message);
  const db = ctx.session.db();
  db.exec(`
    INSERT INTO outlets (id, code, name, city, region) VALUES (1, 'SH01', '上海徐汇网点', '上海', '华东'), (2, 'HZ01', '杭州西湖网点', '杭州', '华东');
    INSERT INTO tickets (id, external_id, channel, type, tier, outlet_id, subject, status, created_at, updated_at) VALUES
      (1, 'CRM-1001', 'phone', 'repair', 3, 1, '空调不制冷', 'closed', 1767225600000, 1767225600000),
      (2, NULL, 'app', 'complaint', 2, 2, '上门迟到', 'closed', 1767225600000, 1767225600000);
  `);
  const ok = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await ctx.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  /** Write a data file into the test folder. */
  const write = (name: string, text: string): string => {
    const file = path.join(ctx.dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  return { ...ctx, db, ok, write };
}

/** A questionnaire whose expectation is `e` and perception `p(item)` for every item. */
export function questionnaire(e: number, p: (item: number) => number, over: Partial<ServqualFields> = {}): ServqualFields {
  return {
    outletId: 1,
    respondedOn: '2026-03-05',
    respondent: '',
    answers: SERVQUAL_ITEMS.map(({ item }) => ({ item, expectation: e, perception: p(item) })),
    ...over,
  };
}

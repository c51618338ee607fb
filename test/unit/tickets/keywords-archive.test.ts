import { describe, expect, it } from 'vitest';
import { TermSplitter } from '../../../electron/core/tickets/keyword-terms.ts';
import { complaintKeywords } from '../../../electron/core/tickets/keywords.ts';
import { searchArchive } from '../../../electron/core/tickets/archive.ts';
import { refreshArchiveIndex } from '../../../electron/core/tickets/archive-index.ts';
import { getTicketDetail } from '../../../electron/core/tickets/detail.ts';
import { updateTicket } from '../../../electron/core/tickets/write.ts';
import { at, DAY, HOUR, REF, ticketWorkspace } from './workspace.ts';

describe('complaint keywords', () => {
  it('segments Chinese with Intl.Segmenter, keeps domain phrases whole and drops stop words', () => {
    const terms = new TermSplitter().split('客户反映安装师傅迟到，服务态度差，我们已经多次致电客服没有回复');
    expect(terms).toEqual(expect.arrayContaining(['安装', '师傅迟到', '服务态度', '客服', '没有回复']));
    for (const stop of ['客户', '反映', '我们', '已经', '致电', '的', '差']) expect(terms).not.toContain(stop);
  });

  it('lower-cases English, drops English stop words, numbers and model codes', () => {
    const terms = new TermSplitter().split('The technician was LATE again and the KFR-35GW/A1 unit still leaks after 3 visits');
    expect(terms).toEqual(['technician', 'late', 'unit', 'leaks', 'visits']);
  });

  it('counts occurrences and tickets per term over the period, complaints only, by category and its children', async () => {
    const { db, add } = await ticketWorkspace();
    const complaint = (day: string, text: string, categoryId: number = REF.categories.rude) =>
      add({ type: 'complaint', categoryId, createdAt: at(day, '10:00'), subject: '投诉', description: text });
    complaint('2026-10-05', '师傅迟到，态度差。师傅迟到两次');
    complaint('2026-10-06', '客服态度差，挂断电话');
    complaint('2026-10-07', 'technician late, rude technician');
    complaint('2026-10-08', '空调不制冷', REF.categories.noCooling);
    complaint('2026-11-20', '师傅迟到'); // outside the period
    add({ type: 'repair', createdAt: at('2026-10-06', '10:00'), subject: '维修', description: '师傅迟到' }); // not a complaint
    const period = { from: at('2026-10-01'), to: at('2026-11-01'), type: 'complaint' as const, limit: 50 };
    const all = complaintKeywords(db, period);
    const byTerm = new Map(all.map((k) => [k.term, k]));
    expect(byTerm.get('师傅迟到')).toEqual({ term: '师傅迟到', count: 2, tickets: 1 });
    expect(byTerm.get('态度差')).toEqual({ term: '态度差', count: 2, tickets: 2 });
    expect(byTerm.get('technician')).toEqual({ term: 'technician', count: 2, tickets: 1 });
    expect(byTerm.get('投诉')).toEqual({ term: '投诉', count: 4, tickets: 4 });
    expect(all[0]!.term).toBe('投诉'); // most frequent first
    // The parent category "attitude" includes the rude-staff complaints; no-cooling ones are left out.
    const attitude = complaintKeywords(db, { ...period, categoryId: REF.categories.attitude });
    expect(attitude.map((k) => k.term)).not.toContain('不制冷');
    expect(attitude.find((k) => k.term === '投诉')?.tickets).toBe(3);
    // All types: the repair's text counts too.
    expect(complaintKeywords(db, { ...period, type: 'all' }).find((k) => k.term === '师傅迟到')).toMatchObject({ count: 3, tickets: 2 });
    expect(complaintKeywords(db, { ...period, limit: 2 })).toHaveLength(2);
  });
});

describe('problem resolution archive', () => {
  async function archive() {
    const ws = await ticketWorkspace();
    const closed = (subject: string, description: string, resolution: string, day: string) => {
      const created = at(day, '10:00');
      return ws.add({
        subject, description, resolution, createdAt: created, firstResponseAt: created + HOUR, resolvedAt: created + 2 * HOUR,
        closedAt: created + DAY, status: 'closed', callbackAt: created + DAY, callbackResult: 'satisfied', csat: 5,
      });
    };
    const t = {
      compressor: closed('空调不制冷', '外机压缩机不启动', '更换压缩机电容后恢复制冷', '2026-10-01'),
      leak: closed('热水器漏水', '进水阀渗水', '更换进水阀密封圈', '2026-10-02'),
      noise: closed('Washer noise', 'drum bearing worn', 'Replaced the drum bearing', '2026-10-03'),
      open: ws.add({ subject: '空调不制冷', description: '压缩机不启动', status: 'in_progress' }),
    };
    return { ...ws, t };
  }
  const search = (db: Parameters<typeof searchArchive>[0], text: string) => searchArchive(db, { text, limit: 50, offset: 0 }).map((h) => h.id);

  it('finds closed cases by description, solution or subject, with the customer feedback', async () => {
    const { db, t } = await archive();
    expect(search(db, '压缩机')).toEqual([t.compressor]); // open tickets are not in the archive
    expect(search(db, '密封圈')).toEqual([t.leak]); // in the solution
    expect(search(db, '漏水')).toEqual([t.leak]); // two characters
    expect(search(db, 'BEARING drum')).toEqual([t.noise]);
    expect(search(db, '更换')).toEqual([t.leak, t.compressor]); // newest closure first
    expect(search(db, '更换 电容')).toEqual([t.compressor]);
    expect(search(db, '100%')).toEqual([]);
    expect(searchArchive(db, { text: '压缩机', limit: 50, offset: 0 })[0]).toMatchObject({ callbackResult: 'satisfied', csat: 5, resolution: '更换压缩机电容后恢复制冷' });
  });

  it('gives the same answers before and after the text index is built, and after edits', async () => {
    const { db, t } = await archive();
    const before = search(db, '更换压缩机');
    await refreshArchiveIndex(db);
    expect(db.prepare('SELECT indexed_to FROM archive_index_state').pluck().get()).toBe(t.open);
    expect(search(db, '更换压缩机')).toEqual(before);
    const d = getTicketDetail(db, t.compressor);
    updateTicket(db, 'tester', t.compressor, { resolution: '清洗冷凝器' }, d.updatedAt, at('2026-11-02'));
    expect(db.prepare('SELECT count(*) FROM archive_dirty').pluck().get()).toBe(1);
    expect(search(db, '更换压缩机')).toEqual([]);
    expect(search(db, '清洗冷凝器')).toEqual([t.compressor]);
    expect(searchArchive(db, { text: '更换', limit: 1, offset: 0 }).map((h) => h.id)).toEqual([t.leak]);
  });
});

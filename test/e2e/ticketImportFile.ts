import fs from 'node:fs';
import { expect, type WebHost } from './fixtures.ts';

/** A word in every imported subject, to find the imported tickets by quick search. */
export const MARK = 'E2E导入';

/** Codes of real reference records of the demo workspace, so the good rows resolve. */
export async function referenceCodes(host: WebHost) {
  const first = async (kind: 'outlets' | 'teams' | 'staff' | 'products' | 'categories') => {
    const [option] = await host.invoke('ref.options', { kind, limit: 1 });
    expect(option, `the demo has ${kind}`).toBeDefined();
    return option!.code;
  };
  return {
    outlet: await first('outlets'),
    team: await first('teams'),
    staff: await first('staff'),
    product: await first('products'),
    category: await first('categories'),
  };
}

export const BAD = new Map<number, Record<string, string>>([
  [5, { created_at: '2026-02-30 10:00' }],
  [9, { channel: 'carrier pigeon' }],
  [13, { tier: '9' }],
]);

/**
 * A CRM export in the generic layout, UTF-8 with a BOM and CRLF as Excel writes it: 15 tickets, three of them
 * (spreadsheet rows 5, 9 and 13) wrong in one cell each.
 */
export function writeExport(file: string, codes: Awaited<ReturnType<typeof referenceCodes>>): void {
  const header = [
    'external_id',
    'channel',
    'type',
    'category',
    'tier',
    'outlet',
    'team',
    'assignee',
    'customer',
    'customer_name',
    'subject',
    'description',
    'status',
    'created_at',
    'first_response_at',
    'resolved_at',
    'closed_at',
    'csat',
  ];
  const lines = [header.join(',')];
  for (let i = 1; i <= 15; i++) {
    const row: Record<string, string> = {
      external_id: `CRM-E2E-${String(i).padStart(3, '0')}`,
      channel: i % 2 === 0 ? '电话' : 'chat',
      type: i % 3 === 0 ? 'complaint' : 'repair',
      category: codes.category,
      tier: String((i % 4) + 1),
      outlet: codes.outlet,
      team: codes.team,
      assignee: codes.staff,
      customer: `CUST-E2E-${i}`,
      customer_name: `测试客户${i}`,
      subject: `${MARK} 热水器不加热 ${i}`,
      description: `"客户反映热水器""不加热""，第 ${i} 次来电"`,
      status: i % 2 === 0 ? 'closed' : 'in_progress',
      created_at: `2026-10-${String(i).padStart(2, '0')} 09:30`,
      first_response_at: `2026-10-${String(i).padStart(2, '0')} 09:50`,
      resolved_at: i % 2 === 0 ? `2026-10-${String(i + 1).padStart(2, '0')} 15:00` : '',
      closed_at: i % 2 === 0 ? `2026-10-${String(i + 1).padStart(2, '0')} 16:00` : '',
      csat: i % 2 === 0 ? '4' : '',
      ...BAD.get(i + 1),
    };
    lines.push(header.map((h) => row[h] ?? '').join(','));
  }
  fs.writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
}

/**
 * Text as Chinese Excel saves it (GB18030/GBK). Node can decode GB18030 but not encode it, so the two-byte table is
 * built by decoding every two-byte code once; ASCII passes through.
 */
export function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

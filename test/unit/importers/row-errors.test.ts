import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ticketImportEn } from '../../../shared/i18n/ticket-import/en.ts';
import { rowErrorText } from '../../../shared/i18n/ticket-import/row-error-text.ts';
import { ticketImportZh } from '../../../shared/i18n/ticket-import/zh-CN.ts';
import { ImportSummary, ROW_ERROR_CODES } from '../../../shared/schemas/importers.ts';
import type { TicketFields } from '../../../shared/schemas/tickets.ts';
import { RowValidator } from '../../../electron/core/importers/convert/validate.ts';
import { encodeGb18030, HEADER, importFile, row, workspace, writeData } from './fixture.ts';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
const CJK = /[\u4e00-\u9fff]/;

/** Code, params and both wordings of each error of a summary, for compact assertions. */
const worded = (s: ImportSummary) =>
  s.errors.map((e) => ({
    row: e.row,
    code: e.code,
    params: e.params,
    zh: rowErrorText('zh-CN', e),
    en: rowErrorText('en', e),
  }));

describe('import row errors: reason codes and their catalog texts', () => {
  it('every reason code has a Chinese and an English text with the same placeholders, and no text lacks a code', () => {
    expect(Object.keys(ticketImportZh.rowErrors).sort()).toEqual([...ROW_ERROR_CODES].sort());
    expect(Object.keys(ticketImportEn.rowErrors).sort()).toEqual([...ROW_ERROR_CODES].sort());
    for (const code of ROW_ERROR_CODES) {
      const zh = ticketImportZh.rowErrors[code];
      const en = ticketImportEn.rowErrors[code];
      expect(zh, code).toMatch(CJK);
      expect(en, code).not.toMatch(CJK);
      expect(en.trim().length, code).toBeGreaterThan(0);
      expect(placeholders(zh), code).toEqual(placeholders(en));
    }
  });

  it('a bad date in a GB18030 file: code notRealDate, English reason, Chinese text in the default (zh-CN) report', async () => {
    const { file, dir } = workspace();
    const text = `${HEADER}\n${row({ subject: '空调漏水' })}\n${row({ external_id: 'T2', subject: '遥控器失灵', created_at: '2025-02-30 10:00' })}\n`;
    const data = writeData(dir, 'gbk.csv', encodeGb18030(text));
    const s = ImportSummary.parse(await importFile(file, data));
    expect(s).toMatchObject({ encoding: 'gb18030', inserted: 1, rejected: 1 });
    expect(s.errors).toEqual([
      {
        row: 3,
        column: 'created_at',
        value: '2025-02-30 10:00',
        reason: 'not a real calendar date or time',
        code: 'notRealDate',
        params: {},
      },
    ]);
    expect(fs.readFileSync(s.errorReportPath!, 'utf8')).toBe(
      `\ufeff${['行号', '列', '值', '原因'].join(',')}\r\n3,created_at,2025-02-30 10:00,${ticketImportZh.rowErrors.notRealDate}\r\n`,
    );
  });

  it('the caller can ask for the report in English', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'en.csv', `${HEADER}\n${row({ created_at: '2025-02-30 10:00' })}\n`);
    const report = path.join(dir, 'report.csv');
    await importFile(file, data, { language: 'en', errorReportPath: report });
    expect(fs.readFileSync(report, 'utf8')).toBe(
      '\ufeffRow,Column,Value,Reason\r\n2,created_at,2025-02-30 10:00,not a real calendar date or time\r\n',
    );
  });

  it('conversion, zod and file-level problems carry codes whose params fill the texts (field names as labels)', async () => {
    const { file, dir } = workspace();
    const lines = [
      HEADER,
      row({ external_id: 'A1', channel: 'carrier pigeon' }),
      row({ external_id: 'A2', csat: '9' }),
      row({ external_id: 'A3', resolved_at: '2025-02-28 09:00:00' }),
      row({ external_id: 'A4' }),
      row({ external_id: 'A4' }),
      row({ external_id: 'A6', outlet: 'Mars' }),
      row({ external_id: 'A7', subject: '' }),
      `${row({ external_id: 'A8' })},extra`,
    ];
    const s = ImportSummary.parse(
      await importFile(file, writeData(dir, 'mixed.csv', `${lines.join('\n')}\n`)),
    );
    const expected = 'phone, chat, app, web, email, social, walk_in, onsite';
    expect(worded(s)).toEqual([
      {
        row: 2,
        code: 'unknownValue',
        params: { field: 'channel', value: 'carrier pigeon', expected },
        zh: `无法识别的渠道“carrier pigeon”（应为 ${expected} 之一，或在值对应中添加）`,
        en: `unknown value "carrier pigeon" for Channel (expected one of: ${expected}, or add it to the value map)`,
      },
      { row: 3, code: 'tooBig', params: { max: 5 }, zh: '不能大于 5', en: 'must be at most 5' },
      {
        row: 4,
        code: 'timeOrder',
        params: { field: 'resolvedAt', after: 'createdAt' },
        zh: '解决时间早于创建时间',
        en: '"Resolved" is earlier than "Created"',
      },
      {
        row: 6,
        code: 'duplicateExternalId',
        params: { row: 5 },
        zh: '外部编号已被本文件第 5 行使用',
        en: 'the external ID is already used by row 5 of this file',
      },
      {
        row: 7,
        code: 'unknownReference',
        params: { field: 'outlet', value: 'Mars' },
        zh: '无法识别的网点“Mars”（没有此编号或名称的记录）',
        en: 'unknown Outlet "Mars" (no record has this code or name)',
      },
      { row: 8, code: 'required', params: {}, zh: '必须填写', en: 'a value is required' },
      {
        row: 9,
        code: 'fieldCount',
        params: { count: 14, expected: 13 },
        zh: '该行有 14 个字段，但表头有 13 个（请检查分隔符和引号）',
        en: 'the row has 14 fields but the header has 13 (check the delimiter and the quotes)',
      },
    ]);
    // The English `reason` (CLI, logs) is kept beside the code.
    expect(s.errors.map((e) => e.reason)).toEqual([
      `unknown channel "carrier pigeon" (expected one of: ${expected}, or add it to the value map)`,
      'must be at most 5',
      'resolved at is earlier than created at',
      'the external id is already used by row 5 of this file',
      'unknown outlet "Mars" (no outlet has this code or name)',
      'a value is required',
      'the row has 14 fields but the header has 13 (check the delimiter and the quotes)',
    ]);
  });

  it('maps zod issues of TicketFields to a few reason codes', () => {
    const valid: TicketFields = {
      externalId: null,
      channel: 'phone',
      type: 'repair',
      categoryId: null,
      tier: 3,
      outletId: null,
      teamId: null,
      assigneeId: null,
      customerId: null,
      productId: null,
      subject: '空调不制冷',
      description: '',
      status: 'new',
      createdAt: Date.UTC(2025, 2, 1),
      firstResponseAt: null,
      escalatedAt: null,
      resolvedAt: null,
      closedAt: null,
      resolution: null,
      reopenCount: 0,
      fcr: null,
      compensationType: null,
      compensationAmount: null,
      callbackAt: null,
      callbackResult: null,
      csat: null,
      nps: null,
      ces: null,
    };
    const issues = new RowValidator().check({
      ...valid,
      channel: 'fax' as TicketFields['channel'],
      subject: 'x'.repeat(501),
      reopenCount: 1.5,
      compensationAmount: -1,
      createdAt: Date.UTC(1990, 0, 1),
    });
    const byField = Object.fromEntries(issues.map((i) => [i.field, { code: i.code, params: i.params }]));
    expect(byField).toEqual({
      channel: {
        code: 'notAllowed',
        params: { values: 'phone, chat, app, web, email, social, walk_in, onsite' },
      },
      subject: { code: 'tooLong', params: { max: 500 } },
      reopenCount: { code: 'notInteger', params: {} },
      compensationAmount: { code: 'tooSmall', params: { min: 0 } },
      createdAt: { code: 'dateOutOfRange', params: {} },
    });
    expect(issues.map((i) => rowErrorText('zh-CN', i))).toEqual([
      '必须是以下之一：phone, chat, app, web, email, social, walk_in, onsite',
      '超过 500 个字符',
      '日期超出可接受的范围（2000 年至 2100 年）',
      '必须是整数',
      '不能小于 0',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { encodeGb18030, generic, HEADER, importFails, importFile, row, workspace, withDb, writeData } from './fixture.ts';


/** Rows of the error report's summary, as `row: reason` lines, for compact assertions. */
const reasons = (s: { errors: { row: number; column: string | null; reason: string }[] }): string[] =>
  s.errors.map((e) => `${e.row}:${e.column ?? '-'}:${e.reason}`);

describe('import: malformed CSV files', () => {
  it('1. reads a UTF-8 file with a BOM (the BOM is not part of the first header)', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'bom.csv', `\ufeff${HEADER}\n${row()}\n`);
    const s = await importFile(file, data);
    expect(s).toMatchObject({ inserted: 1, rejected: 0, encoding: 'utf-8' });
  });

  it('2. detects GB18030/GBK text from Chinese Excel and keeps the Chinese intact', async () => {
    const { file, dir } = workspace();
    const text = `${HEADER}\n${row({ subject: '空调漏水严重', channel: '电话', type: '投诉', status: '已解决' })}\n`;
    const data = writeData(dir, 'gbk.csv', encodeGb18030(text));
    const s = await importFile(file, data);
    expect(s).toMatchObject({ inserted: 1, rejected: 0, encoding: 'gb18030' });
    expect(withDb(file, (db) => db.prepare('SELECT subject, channel, type, status FROM tickets').get())).toEqual({
      subject: '空调漏水严重',
      channel: 'phone',
      type: 'complaint',
      status: 'resolved',
    });
  });

  it('2b. reads Excel\'s "Unicode text" export: UTF-16LE with a BOM, tab-delimited', async () => {
    const { file, dir } = workspace();
    const text = `\ufeff${HEADER.replaceAll(',', '\t')}\r\n${row({ subject: '遥控器失灵' }).replaceAll(',', '\t')}\r\n`;
    const s = await importFile(file, writeData(dir, 'unicode.txt', Buffer.from(text, 'utf16le')));
    expect(s).toMatchObject({ inserted: 1, rejected: 0, encoding: 'utf-16le' });
    expect(withDb(file, (db) => db.prepare('SELECT subject FROM tickets').pluck().get())).toBe('遥控器失灵');
  });

  it('3. accepts CRLF line endings', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'crlf.csv', `${HEADER}\r\n${row()}\r\n${row({ external_id: 'T2' })}\r\n`);
    expect(await importFile(file, data)).toMatchObject({ inserted: 2, rejected: 0 });
    expect(withDb(file, (db) => db.prepare("SELECT count(*) FROM tickets WHERE description LIKE '%\r%' OR status LIKE '%\r%'").pluck().get())).toBe(0);
  });

  it('4. keeps embedded newlines and doubled quotes inside a quoted cell', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'quotes.csv', `${HEADER}\n${row({ description: '"第一行\n他说""很吵"",第二行"' })}\n`);
    expect(await importFile(file, data)).toMatchObject({ inserted: 1, rejected: 0 });
    expect(withDb(file, (db) => db.prepare('SELECT description FROM tickets').pluck().get())).toBe('第一行\n他说"很吵",第二行');
  });

  it('5. skips empty lines but keeps the row numbers a spreadsheet shows', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'empty-lines.csv', `\n${HEADER}\n\n${row()}\n\n\n${row({ external_id: 'T2', created_at: 'yesterday' })}\n\n`);
    const s = await importFile(file, data);
    expect(s).toMatchObject({ total: 2, inserted: 1, rejected: 1 });
    expect(s.errors[0]).toMatchObject({ row: 7, column: 'created_at', value: 'yesterday' });
  });

  it('6. detects a semicolon delimiter (European Excel)', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'semi.csv', `${HEADER.replaceAll(',', ';')}\n${row().replaceAll(',', ';')}\n`);
    expect(await importFile(file, data)).toMatchObject({ inserted: 1, rejected: 0 });
  });

  it('7. detects a tab delimiter', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'tab.tsv', `${HEADER.replaceAll(',', '\t')}\n${row().replaceAll(',', '\t')}\n`);
    expect(await importFile(file, data)).toMatchObject({ inserted: 1, rejected: 0 });
  });

  it('8. rejects a date that is not a date, naming the column and the value', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'bad-date.csv', `${HEADER}\n${row({ created_at: '01-03-2025 9am' })}\n`);
    const s = await importFile(file, data);
    expect(s).toMatchObject({ inserted: 0, rejected: 1 });
    expect(s.errors[0]).toMatchObject({ row: 2, column: 'created_at', value: '01-03-2025 9am' });
    expect(s.errors[0]!.reason).toMatch(/not a date-time/);
  });

  it('9. rejects a calendar date that does not exist (30 February)', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'feb30.csv', `${HEADER}\n${row({ created_at: '2025-02-30 10:00:00' })}\n`);
    expect(reasons(await importFile(file, data))).toEqual(['2:created_at:not a real calendar date or time']);
  });

  it('10. rejects a negative duration: resolved before created', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'negative.csv', `${HEADER}\n${row({ created_at: '2025-03-02 09:00:00', resolved_at: '2025-03-01 09:00:00' })}\n`);
    expect(reasons(await importFile(file, data))).toEqual(['2:resolved_at:resolved at is earlier than created at']);
  });

  it('11. rejects an unknown channel and lists the accepted values', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'channel.csv', `${HEADER}\n${row({ channel: 'carrier pigeon' })}\n`);
    const [e] = (await importFile(file, data)).errors;
    expect(e).toMatchObject({ column: 'channel', value: 'carrier pigeon' });
    expect(e!.reason).toContain('unknown channel "carrier pigeon"');
    expect(e!.reason).toContain('phone, chat');
  });

  it('12. rejects an unknown status', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'status.csv', `${HEADER}\n${row({ status: 'lost in space' })}\n`);
    expect((await importFile(file, data)).errors[0]).toMatchObject({ column: 'status', value: 'lost in space' });
  });

  it('13. rejects a tier out of range and a CSAT of 6', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'ranges.csv', `${HEADER}\n${row({ tier: '7' })}\n${row({ external_id: 'T2', csat: '6' })}\n`);
    const s = await importFile(file, data);
    expect(s.rejected).toBe(2);
    expect(s.errors.map((e) => e.column)).toEqual(['tier', 'csat']);
    expect(s.errors[1]!.reason).toBe('must be at most 5');
  });

  it('14. rejects a second row with the same external id and keeps the first', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'dup.csv', `${HEADER}\n${row()}\n${row({ subject: 'other' })}\n`);
    const s = await importFile(file, data);
    expect(s).toMatchObject({ inserted: 1, rejected: 1 });
    expect(reasons(s)).toEqual(['3:external_id:the external id is already used by row 2 of this file']);
    expect(withDb(file, (db) => db.prepare('SELECT subject FROM tickets').pluck().get())).toBe('空调不制冷');
  });

  it('15. refuses a file without a required column, naming it and the columns found', async () => {
    const { file, dir } = workspace();
    const header = HEADER.replace(',status', '');
    const data = writeData(dir, 'no-status.csv', `${header}\n${row().replace(',resolved,', ',')}\n`);
    expect(await importFails(file, data)).toBe('MISSING_COLUMNS');
  });

  it('16. rejects a cell longer than Excel allows without reading it into the database', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'huge.csv', `${HEADER}\n${row({ description: 'x'.repeat(40_000) })}\n${row({ external_id: 'T2' })}\n`);
    const s = await importFile(file, data);
    expect(s).toMatchObject({ inserted: 1, rejected: 1 });
    expect(s.errors[0]!.reason).toMatch(/longer than 32,768 characters/);
    expect(s.errors[0]!.value!.length).toBeLessThan(200);
  });

  it('17. stops at a quote that is never closed instead of swallowing the rest of the file', async () => {
    const { file, dir } = workspace();
    const body = Array.from({ length: 40_000 }, (_, i) => row({ external_id: `T${i}` })).join('\n');
    const data = writeData(dir, 'unclosed.csv', `${HEADER}\n${row({ description: '"never closed' })}\n${body}\n`);
    expect(await importFails(file, data)).toBe('RECORD_TOO_LONG');
  });

  it('18. rejects a row with more fields than the header (an unquoted comma)', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'width.csv', `${HEADER}\n${row({ description: '开机,出热风' })}\n`);
    expect((await importFile(file, data)).errors[0]!.reason).toMatch(/has 14 fields but the header has 13/);
  });

  it('19. rejects a blank subject (white space only counts as empty)', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'blank.csv', `${HEADER}\n${row({ subject: '  \u3000 ' })}\n`);
    expect(reasons(await importFile(file, data))).toEqual(['2:subject:a value is required']);
  });

  it('20. rejects unknown references and says which record is missing', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'refs.csv', `${HEADER}\n${row({ outlet: 'XX99', category: '不存在' })}\n`);
    expect(reasons(await importFile(file, data))).toEqual([
      '2:category:unknown category "不存在" (no category has this code or name)',
      '2:outlet:unknown outlet "XX99" (no outlet has this code or name)',
    ]);
  });

  it('21. refuses spreadsheet formulas where a number is expected', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'formula.csv', `${HEADER}\n${row({ csat: '=2+3' })}\n`);
    expect((await importFile(file, data)).errors[0]!.reason).toMatch(/formula/);
  });

  it('22. refuses an empty file and a file with a header only', async () => {
    const { file, dir } = workspace();
    expect(await importFails(file, writeData(dir, 'empty.csv', ''))).toBe('EMPTY_FILE');
    expect(await importFails(file, writeData(dir, 'header.csv', `${HEADER}\r\n\r\n`))).toBe('NO_ROWS');
  });

  it('23. refuses a binary file named .csv', async () => {
    const { file, dir } = workspace();
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
    expect(await importFails(file, writeData(dir, 'binary.csv', bytes))).toBe('BINARY_FILE');
  });

  it('24. refuses text in neither UTF-8 nor GB18030', async () => {
    const { file, dir } = workspace();
    // Lone continuation-style bytes that GB18030 cannot pair either.
    const data = writeData(dir, 'latin.csv', Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from([0x80, 0xff, 0x80, 0xff, 0x0a])]));
    expect(await importFails(file, data)).toBe('ENCODING');
  });

  it('25. refuses a path with .. segments and a folder', async () => {
    const { file, dir } = workspace();
    expect(await importFails(file, `${dir}/../x/data.csv`)).toBe('PATH_TRAVERSAL');
    expect(await importFails(file, dir)).toBe('NOT_A_FILE');
  });

  it('26. refuses an old .xls workbook and a SQLite file by their content', async () => {
    const { file, dir } = workspace();
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(await importFails(file, writeData(dir, 'old.xls', ole))).toBe('UNSUPPORTED_FORMAT');
    expect(await importFails(file, file)).toBe('UNSUPPORTED_FORMAT');
  });

  it('27. reads custom date formats, Unix times and offsets, in the mapping time zone', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'dates.csv', `${HEADER}\n${row({ created_at: '01/03/2025 09:30', resolved_at: '2025-03-01T10:00:00Z' })}\n`);
    const mapping = generic();
    mapping.fields = { ...mapping.fields, createdAt: { column: 'created_at', format: 'DD/MM/YYYY HH:mm:ss' } };
    expect(await importFile(file, data, { mapping: { ...mapping, timeZone: 'Europe/Berlin' } })).toMatchObject({ inserted: 1 });
    const t = withDb(file, (db) => db.prepare('SELECT created_at AS c, resolved_at AS r FROM tickets').get()) as { c: number; r: number };
    expect(new Date(t.c).toISOString()).toBe('2025-03-01T08:30:00.000Z');
    expect(new Date(t.r).toISOString()).toBe('2025-03-01T10:00:00.000Z');
  });

  it('28. uses the workspace time zone (Asia/Shanghai) when the mapping has none', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'tz.csv', `${HEADER}\n${row({ created_at: '2025/3/1 9:30', resolved_at: '2025年3月1日 12:00' })}\n`);
    expect(await importFile(file, data)).toMatchObject({ inserted: 1 });
    const t = withDb(file, (db) => db.prepare('SELECT created_at AS c, resolved_at AS r FROM tickets').get()) as { c: number; r: number };
    expect(new Date(t.c).toISOString()).toBe('2025-03-01T01:30:00.000Z');
    expect(new Date(t.r).toISOString()).toBe('2025-03-01T04:00:00.000Z');
  });

  it('29. refuses an unknown time zone and a date format without a day', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'ok.csv', `${HEADER}\n${row()}\n`);
    const mapping = generic();
    expect(await importFails(file, data, { mapping: { ...mapping, timeZone: 'Mars/Olympus' } })).toBe('MAPPING_INVALID');
    const noDay = { ...mapping, fields: { ...mapping.fields, createdAt: { column: 'created_at', format: 'YYYY-MM' } } };
    expect(await importFails(file, data, { mapping: noDay })).toBe('MAPPING_INVALID');
  });

  it('30. applies value maps and built-in spellings ("High" → tier 1 by the map, 投诉 → complaint)', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'maps.csv', `${HEADER}\n${row({ tier: 'High', type: '投诉', channel: 'Walk-in' })}\n`);
    const mapping = generic();
    const withMap = { ...mapping, fields: { ...mapping.fields, tier: { column: 'tier', valueMap: { High: '1' } } } };
    expect(await importFile(file, data, { mapping: withMap })).toMatchObject({ inserted: 1 });
    expect(withDb(file, (db) => db.prepare('SELECT tier, type, channel FROM tickets').get())).toEqual({ tier: 1, type: 'complaint', channel: 'walk_in' });
  });

  it('31. refuses a value map whose target the field does not accept', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'ok.csv', `${HEADER}\n${row()}\n`);
    const mapping = generic();
    const bad = { ...mapping, fields: { ...mapping.fields, status: { column: 'status', valueMap: { Solved: 'finished' } } } };
    expect(await importFails(file, data, { mapping: bad })).toBe('MAPPING_INVALID');
  });
});

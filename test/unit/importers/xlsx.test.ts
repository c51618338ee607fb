import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HEADER, importFails, importFile, row, workspace, withDb, writeData } from './fixture.ts';

/** A workbook with HEADER and the given rows (cells of `row()` split; a Date is written as a date cell). */
async function workbook(file: string, rows: (string | number | Date | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('工单');
  sheet.addRow(HEADER.split(','));
  for (const r of rows) sheet.addRow(r);
  await wb.xlsx.writeFile(file);
  return file;
}

const cells = (over: Partial<Record<string, string>> = {}): string[] => row(over).split(',');

describe('import: XLSX workbooks', () => {
  it('32. imports a workbook with date cells (wall-clock time in the workspace zone) and numbers', async () => {
    const { file, dir } = workspace();
    const r: (string | number | Date)[] = cells();
    r[HEADER.split(',').indexOf('created_at')] = new Date(Date.UTC(2025, 2, 1, 9, 30)); // what Excel shows: 2025-03-01 09:30
    r[HEADER.split(',').indexOf('tier')] = 2;
    r[HEADER.split(',').indexOf('csat')] = 4;
    const data = await workbook(`${dir}/export.xlsx`, [r]);
    const s = await importFile(file, data);
    expect(s).toMatchObject({ inserted: 1, rejected: 0, format: 'xlsx' });
    const t = withDb(file, (db) => db.prepare('SELECT created_at AS c, tier, csat FROM tickets').get()) as { c: number; tier: number; csat: number };
    expect(new Date(t.c).toISOString()).toBe('2025-03-01T01:30:00.000Z');
    expect(t).toMatchObject({ tier: 2, csat: 4 });
  });

  it('33. reports Excel error cells (#N/A) as row errors', async () => {
    const { file, dir } = workspace();
    const r: (string | number | Date | null)[] = cells();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('s');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(r);
    sheet.getCell('M2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    await wb.xlsx.writeFile(`${dir}/na.xlsx`);
    const s = await importFile(file, `${dir}/na.xlsx`);
    expect(s.errors[0]).toMatchObject({ row: 2, column: 'csat', reason: 'the cell shows the error #N/A' });
  });

  it('34. refuses a truncated workbook (a download cut short)', async () => {
    const { file, dir } = workspace();
    const whole = await workbook(`${dir}/whole.xlsx`, [cells()]);
    const bytes = fs.readFileSync(whole);
    const data = writeData(dir, 'cut.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await importFails(file, data)).toBe('TRUNCATED');
  });

  it('35. refuses a file named .xlsx that is CSV text inside', async () => {
    const { file, dir } = workspace();
    const data = writeData(dir, 'renamed.xlsx', `${HEADER}\n${row()}\n`);
    expect(await importFails(file, data)).toBe('NOT_A_WORKBOOK');
  });

  it('36. imports a workbook renamed .csv (the content decides)', async () => {
    const { file, dir } = workspace();
    await workbook(`${dir}/book.xlsx`, [cells()]);
    fs.renameSync(`${dir}/book.xlsx`, `${dir}/book.csv`);
    expect(await importFile(file, `${dir}/book.csv`)).toMatchObject({ inserted: 1, format: 'xlsx' });
  });

  it('37. refuses a zip bomb: a part that inflates hundreds of times its size', async () => {
    const { file, dir } = workspace();
    const data = await workbook(`${dir}/bomb.xlsx`, [cells({ description: 'a'.repeat(8 * 1024 * 1024) })]);
    expect(await importFails(file, data)).toBe('ZIP_BOMB');
  });

  it('38. refuses a zip that is not a workbook', async () => {
    const { file, dir } = workspace();
    // A minimal empty zip archive: end-of-central-directory record only.
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    const data = writeData(dir, 'empty.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), eocd]));
    expect(['NOT_A_WORKBOOK', 'TRUNCATED']).toContain(await importFails(file, data));
  });
});

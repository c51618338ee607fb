import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { MethodName, MethodResult } from '../../../shared/api.ts';
import { newSession } from '../helpers/session.ts';
import { HEADER, row, snapshot, workspace, writeData } from '../importers/fixture.ts';
import { dataDigest, value } from '../backup/fixture.ts';

/** A session with the importers' reference workspace open; `files()` lists what exists beside it. */
async function setup() {
  const { file, dir } = workspace();
  const { dispatch } = newSession();
  value(await dispatch('workspace.open', { path: file }));
  const mapping = value(await dispatch('import.mappings.list', {})).find((m) => m.name === 'generic')!.mapping;
  return { file, dir, dispatch, mapping };
}

/** Refused with a typed error whose message says something about the file, never INTERNAL. */
function refused<M extends MethodName>(result: MethodResult<M>): { code: string; message: string } {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.code).not.toBe('INTERNAL');
  expect(result.error.message.length).toBeGreaterThan(10);
  return result.error;
}

async function xlsxBuffer(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('工单');
  sheet.addRow(HEADER.split(','));
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const valid = (n: number): string => Array.from({ length: n }, (_, i) => row({ external_id: `H${i}` })).join('\n');

/** Hostile or broken import files: each is refused or has its bad rows rejected, and (all-or-nothing) nothing is written. */
const DATA_FILES: { name: string; harmless?: true; build: (dir: string) => Promise<Buffer | string> | Buffer | string }[] = [
  { name: 'UTF-8 cut in the middle of a Chinese character', build: () => Buffer.from(`${HEADER}\n${valid(3)}\n${row({ external_id: 'H9', subject: '空调不制冷' })}`, 'utf8').subarray(0, -((`,2025-03-01 15:00:00,5`).length + 2)) },
  { name: 'NUL bytes inside cells', build: () => `${HEADER}\n${valid(2)}\n${row({ external_id: 'N1', subject: 'a\0b\0c' })}\n` },
  { name: 'a header of 50,000 columns', build: () => `${Array.from({ length: 50_000 }, (_, i) => `c${i}`).join(',')}\n${'x,'.repeat(49_999)}x\n` },
  { name: 'one 5 MB line without a line break', build: () => 'a'.repeat(5 * 1024 * 1024) },
  { name: 'the same column twice in the header', build: () => `${HEADER},subject\n${row()},重复列\n` },
  { name: 'cells of 40,000 characters in every row', build: () => `${HEADER}\n${Array.from({ length: 5 }, (_, i) => row({ external_id: `B${i}`, description: '长'.repeat(40_000) })).join('\n')}\n` },
  // Text that looks like a formula is text in a CSV: it is kept as typed, and every export defuses it.
  { name: 'formula injection in text cells (kept as text)', harmless: true, build: () => `${HEADER}\n${valid(2)}\n${row({ external_id: 'F1', subject: "=cmd|' /C calc'!A0" })}\n` },
  { name: 'UTF-16 text mixed with UTF-8 bytes', build: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n`, 'utf16le'), Buffer.from(`${row()}\n`, 'utf8')]) },
  {
    name: 'XLSX with an entity expansion (billion laughs) in the sheet XML',
    build: async () => {
      const zip = await JSZip.loadAsync(await xlsxBuffer([row().split(',')]));
      const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
      const lol = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>';
      zip.file('xl/worksheets/sheet1.xml', sheet.replace('?>', `?>${lol}`).replace('<sheetData>', '<sheetData><row r="1000"><c r="A1000" t="inlineStr"><is><t>&g;</t></is></c></row>'));
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
  },
  {
    name: 'XLSX with entries named ../../evil.txt and /tmp/… (never extracted)',
    harmless: true,
    build: async () => {
      const zip = await JSZip.loadAsync(await xlsxBuffer([row().split(',')]));
      zip.file('../../evil.txt', 'written outside?');
      zip.file('/tmp/qm-evil-absolute.txt', 'written outside?');
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    },
  },
  {
    name: 'XLSX cut to half its size',
    build: async () => {
      const whole = await xlsxBuffer(Array.from({ length: 200 }, (_, i) => row({ external_id: `X${i}` }).split(',')));
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
  },
  { name: 'XLSX with a formula cell and an error cell', build: async () => {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('s');
      sheet.addRow(HEADER.split(','));
      sheet.addRow(row({ external_id: 'Q1' }).split(','));
      const r = sheet.addRow(row({ external_id: 'Q2' }).split(','));
      r.getCell(8).value = { formula: 'HYPERLINK("http://evil","点我")', result: '点我' };
      r.getCell(13).value = { error: '#N/A' };
      return Buffer.from(await wb.xlsx.writeBuffer());
    } },
];

describe('hostile import files: clear errors, nothing written', () => {
  it.each(DATA_FILES.map((c, i) => [i + 1, c.name, c.build, c.harmless ?? false] as const))('%i. %s', async (i, _name, build, harmless) => {
    const { file, dir, dispatch, mapping } = await setup();
    const ext = i >= 9 ? 'xlsx' : 'csv';
    const data = writeData(dir, `hostile-${i}.${ext}`, await build(dir));
    const before = snapshot(file);
    const started = Date.now();
    const result = await dispatch('import.run', { jobId: `hostile-${i}`, path: data, mapping, skipInvalid: false });
    if (harmless) {
      expect(value(result).rejected).toBe(0);
    } else {
      if (result.ok) expect(result.value.rejected).toBeGreaterThan(0);
      else refused(result);
      expect(snapshot(file)).toEqual(before);
    }
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(fs.existsSync(path.join(dir, '..', '..', 'evil.txt'))).toBe(false);
    expect(fs.existsSync('/tmp/qm-evil-absolute.txt')).toBe(false);
  }, 120_000);
});

describe('paths and small files the console reads or writes', () => {
  it('never writes an error report, a mapping or an export over the workspace, outside its kind, or through ..', async () => {
    const { file, dir, dispatch, mapping } = await setup();
    const data = writeData(dir, 'bad.csv', `${HEADER}\n${row({ status: '??' })}\n`);
    const digest = dataDigest(file);
    for (const errorReportPath of [file, `${file}-wal`, data.replace('.csv', '.sh'), `${dir}/../x/report.csv`, data]) {
      refused(await dispatch('import.run', { jobId: 'report-path', path: data, mapping, errorReportPath }));
    }
    for (const target of [file, path.join(dir, 'm.sh'), `${dir}/../m.json`, dir]) {
      refused(await dispatch('import.mappings.export', { name: 'generic', path: target }));
    }
    refused(await dispatch('tickets.export', { jobId: 'export-ws', query: {}, columns: ['id'], format: 'csv', path: file, language: 'en' }));
    for (const target of [file, path.join(dir, 'audit.exe'), `${dir}/../audit.csv`]) {
      refused(await dispatch('audit.export', { from: 0, to: Date.now(), path: target }));
    }
    expect(dataDigest(file)).toBe(digest);
    value(await dispatch('import.mappings.export', { name: 'generic', path: path.join(dir, 'generic.json') }));
  });

  it('refuses mapping files that are devices, too large, too deep, not JSON, or try to pollute prototypes', async () => {
    const { dir, dispatch } = await setup();
    const started = Date.now();
    expect(refused(await dispatch('import.mappings.read', { path: '/dev/zero' })).message).toMatch(/not a regular file/);
    expect(Date.now() - started).toBeLessThan(5000);
    const cases = {
      'big.json': JSON.stringify({ name: 'x', fields: {}, padding: 'x'.repeat(2 * 1024 * 1024) }),
      'deep.json': '['.repeat(200_000) + ']'.repeat(200_000),
      'proto.json': '{"__proto__": {"polluted": true}, "name": "p", "fields": {"constructor": {"prototype": {"polluted": true}}}}',
      'gbk.json': Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xd6, 0xd0, 0xce, 0xc4, 0x22, 0x7d]),
      'truncated.json': '{"name": "cut", "fields": {"subject": {"col',
    };
    for (const [name, content] of Object.entries(cases)) {
      refused(await dispatch('import.mappings.read', { path: writeData(dir, name, content) }));
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

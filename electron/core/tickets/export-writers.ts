import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Language } from '../../../shared/domain/enums.ts';
import { CELL_KIND, csvField, type Cell, type CellKind } from './export-format.ts';
import { columnHeader, sheetName } from './export-labels.ts';
import type { GridColumn } from './grid-columns.ts';

/** Receives the rows of an export in order; `close` finishes the file, `abort` leaves nothing usable behind. */
export interface RowWriter {
  write(cells: readonly Cell[]): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** CSV in UTF-8 with a byte-order mark, so Excel opens Chinese text correctly; CRLF line ends as RFC 4180 has them. */
export function csvWriter(file: string, columns: readonly GridColumn[], language: Language): RowWriter {
  const fd = fs.openSync(file, 'w');
  let buffer = '\uFEFF' + columns.map((c) => csvField(columnHeader(c, language))).join(',') + '\r\n';
  const flush = (): void => {
    fs.writeSync(fd, buffer);
    buffer = '';
  };
  return {
    async write(cells) {
      buffer += cells.map(csvField).join(',') + '\r\n';
      if (buffer.length > 1 << 20) flush();
    },
    async close() {
      flush();
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    },
    async abort() {
      fs.closeSync(fd);
    },
  };
}

const NUMBER_FORMAT: Record<CellKind, string | undefined> = {
  text: undefined,
  bool: undefined,
  integer: '0',
  decimal1: '0.0',
  decimal2: '0.00',
  date: 'yyyy-mm-dd hh:mm',
};

const WIDTH: Record<CellKind, number> = { text: 18, bool: 10, integer: 10, decimal1: 12, decimal2: 12, date: 18 };

/**
 * XLSX through exceljs's streaming writer (rows go to disk as they come, so a million rows do not sit in memory):
 * numbers and dates are real cell values with number formats, the header row is frozen.
 */
export function xlsxWriter(file: string, columns: readonly GridColumn[], language: Language): RowWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName(language), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => {
    const numFmt = NUMBER_FORMAT[CELL_KIND[c]];
    return {
      header: columnHeader(c, language),
      key: c,
      width: c === 'subject' ? 40 : WIDTH[CELL_KIND[c]],
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    async write(cells) {
      // Wall-clock times as dates "in UTC": exceljs turns a Date into a spreadsheet serial from its UTC fields.
      sheet.addRow(cells.map((c) => (c !== null && typeof c === 'object' ? new Date(c.localMs) : c))).commit();
    },
    async close() {
      sheet.commit();
      await workbook.commit();
    },
    async abort() {
      try {
        sheet.commit();
        await workbook.commit();
      } catch {
        // the file is discarded anyway
      }
    },
  };
}

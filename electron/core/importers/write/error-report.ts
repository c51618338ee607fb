import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../../shared/domain/enums.ts';
import { QmFailure } from '../../../../shared/errors.ts';
import { ticketImportEn } from '../../../../shared/i18n/ticket-import/en.ts';
import { rowErrorText } from '../../../../shared/i18n/ticket-import/row-error-text.ts';
import { ticketImportZh } from '../../../../shared/i18n/ticket-import/zh-CN.ts';
import type { RowError } from '../convert/row.ts';

const MAX_VALUE = 1000;

/** `<folder>/<name>.errors.csv` beside the data file. */
const reportPathFor = (dataFile: string): string => {
  const { dir, name } = path.parse(dataFile);
  return path.join(dir, `${name}.errors.csv`);
};

/**
 * The CSV error report (row, column, value, reason) in UTF-8 with a BOM, so Excel opens it with Chinese intact.
 * Header and reasons are in the report's language, worded as the import wizard words them.
 * Lines are streamed to a temporary file as rows are rejected (a million bad rows never sit in memory) and the
 * file is renamed into place only when complete. Cells that Excel would run as a formula are prefixed with an
 * apostrophe: the report is made to be opened in Excel, and a rejected value can be anything.
 */
export class ErrorReport {
  readonly target: string;
  private readonly temp: string;
  private stream: fs.WriteStream | null = null;
  private lines: string[] = [];
  private failed: Error | null = null;
  count = 0;

  constructor(
    dataFile: string,
    target: string | null = null,
    private readonly language: Language = 'zh-CN',
  ) {
    this.target = target === null ? reportPathFor(dataFile) : path.resolve(target);
    this.temp = path.join(path.dirname(this.target), `.${path.basename(this.target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  }

  add(e: RowError): void {
    this.count++;
    this.lines.push(`${e.row},${cell(e.column)},${cell(e.value)},${cell(rowErrorText(this.language, e))}\r\n`);
  }

  /** Write what was added since the last flush; waits when the disk is behind. */
  async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    if (!this.stream) {
      this.stream = fs.createWriteStream(this.temp, { flags: 'wx' });
      this.stream.on('error', (err) => (this.failed = err));
      const { row, column, value, reason } = (this.language === 'en' ? ticketImportEn : ticketImportZh).errors;
      this.stream.write(`\ufeff${[row, column, value, reason].map(cell).join(',')}\r\n`);
    }
    const ok = this.stream.write(this.lines.join(''));
    this.lines = [];
    if (!ok && !this.failed) await new Promise<void>((resolve) => {
      this.stream!.once('drain', resolve);
      this.stream!.once('error', () => resolve());
    });
    if (this.failed) throw this.ioFailure(this.failed);
  }

  private ioFailure(err: Error): QmFailure {
    return new QmFailure('IO_ERROR', `Cannot write the error report ${this.target}: ${err.message}`, { path: this.target });
  }

  /** Complete the file and move it into place; returns its path. */
  async publish(): Promise<string> {
    try {
      await this.flush();
    } catch (err) {
      this.discard();
      throw err;
    }
    const stream = this.stream;
    if (!stream) throw new Error('no error report to publish');
    try {
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
      fs.renameSync(this.temp, this.target);
    } catch (err) {
      this.discard();
      throw this.ioFailure(err as Error);
    }
    this.stream = null;
    return this.target;
  }

  discard(): void {
    this.stream?.destroy();
    this.stream = null;
    fs.rmSync(this.temp, { force: true });
  }
}

function cell(value: string | null): string {
  if (value === null) return '';
  let v = value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

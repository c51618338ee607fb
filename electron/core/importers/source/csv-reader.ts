import fs from 'node:fs';
import Papa from 'papaparse';
import { QmFailure } from '../../../../shared/errors.ts';
import { importFailure } from '../failures.ts';
import { MAX_CELL_CHARS, MAX_RECORD_CHARS } from '../limits.ts';
import type { TextEncoding } from './encoding.ts';
import { cellTooLong, type RowProblem, type RowSource, type SourceBatch } from './types.ts';

const CHUNK = 4 * 1024 * 1024;
const DELIMITERS = [',', ';', '\t', '|'] as const;

interface TextChunk {
  text: string;
  bytesRead: number;
  last: boolean;
}

/**
 * Streams a CSV file: bytes are read in 4 MB chunks (the next read is already under way while a chunk is parsed),
 * decoded with a streaming TextDecoder and split into records by papaparse's parser. Records keep the numbers a
 * spreadsheet would show (embedded newlines stay inside their cell; empty lines count but yield no row).
 */
export class CsvSource implements RowSource {
  readonly format = 'csv' as const;
  headers: string[] = [];
  delimiter = ',';
  private chunks!: AsyncGenerator<TextChunk>;
  private parser!: Papa.Parser;
  private partial = '';
  private record = 0;
  private pending: string[][] = [];
  private pendingErrors = new Map<number, RowProblem>();
  private bytesRead = 0;
  private done = false;

  private constructor(
    private readonly fh: fs.promises.FileHandle,
    readonly encoding: TextEncoding,
    private readonly file: string,
  ) {}

  static async open(file: string, encoding: TextEncoding): Promise<CsvSource> {
    let fh: fs.promises.FileHandle;
    try {
      fh = await fs.promises.open(file, 'r');
    } catch (err) {
      throw new QmFailure('IO_ERROR', `Cannot read ${file}: ${(err as Error).message}`, { path: file });
    }
    const source = new CsvSource(fh, encoding, file);
    try {
      await source.readHeader();
    } catch (err) {
      await fh.close();
      throw err;
    }
    return source;
  }

  async close(): Promise<void> {
    await this.chunks.return(undefined);
    await this.fh.close().catch(() => undefined);
  }

  private async readHeader(): Promise<void> {
    this.chunks = this.textChunks();
    const first = await this.chunks.next();
    const text = first.done ? '' : first.value.text;
    const lf = text.indexOf('\n');
    const newline = lf > 0 && text[lf - 1] === '\r' ? '\r\n' : lf === -1 && text.includes('\r') ? '\r' : '\n';
    const firstLine = text.split(newline).find((line) => line.trim() !== '') ?? '';
    this.delimiter = sniffDelimiter(firstLine);
    this.parser = new Papa.Parser({ delimiter: this.delimiter, newline, quoteChar: '"' });
    if (!first.done) this.take(first.value);
    // The header is the first non-empty record; empty lines above it still count as rows.
    for (;;) {
      while (this.pending.length === 0 && !this.done) await this.pull();
      const header = this.pending.shift();
      this.shiftErrors();
      this.headerRecord++;
      if (!header) throw importFailure('EMPTY_FILE', 'The file holds no text: there is no header row.', { path: this.file });
      if (header.length === 1 && header[0]!.trim() === '') continue;
      this.headers = header.map((h) => h.trim());
      return;
    }
  }

  /** Row indexes of parser errors follow `pending`; keep them aligned after the header was taken off. */
  private shiftErrors(): void {
    const moved = new Map<number, RowProblem>();
    for (const [i, problem] of this.pendingErrors) if (i > 0) moved.set(i - 1, problem);
    this.pendingErrors = moved;
  }

  /** Record number of the header (1 unless empty lines come first). */
  private headerRecord = 0;

  async *batches(): AsyncGenerator<SourceBatch> {
    let number = this.headerRecord;
    for (;;) {
      const rows = this.pending;
      const errors = this.pendingErrors;
      this.pending = [];
      this.pendingErrors = new Map();
      const batch: SourceBatch = { rows: [], rowNumbers: [], problems: [], bytesRead: this.bytesRead };
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        number++;
        if (row.length === 1 && row[0] === '') continue; // an empty line
        batch.rows.push(row);
        batch.rowNumbers.push(number);
        batch.problems.push(errors.get(i) ?? shapeProblem(row, this.headers));
      }
      if (batch.rows.length > 0) yield batch;
      if (this.done) return;
      await this.pull();
    }
  }

  private async pull(): Promise<void> {
    const next = await this.chunks.next();
    if (next.done) {
      this.done = true;
      return;
    }
    this.take(next.value);
  }

  /** Parse what is complete, keep the unfinished record for the next chunk. */
  private take(chunk: TextChunk): void {
    this.bytesRead = chunk.bytesRead;
    const input = this.partial + chunk.text;
    const result = this.parser.parse(input, 0, !chunk.last) as Papa.ParseResult<string[]>;
    const base = this.pending.length;
    for (const row of result.data) this.pending.push(row);
    for (const e of result.errors) {
      if (e.row === undefined) continue;
      this.pendingErrors.set(base + e.row, e.code === 'MissingQuotes' ? UNCLOSED_QUOTE : BAD_QUOTES);
    }
    this.record += result.data.length;
    this.partial = chunk.last ? '' : input.slice(result.meta.cursor);
    if (this.partial.length > MAX_RECORD_CHARS) {
      throw importFailure(
        'RECORD_TOO_LONG',
        `Row ${this.record + 1} never ends: a quoted field is not closed, or the row is longer than 1 MB. Check the quotes around that row.`,
        { path: this.file, row: this.record + 1 },
      );
    }
    if (chunk.last) this.done = true;
  }

  private async *textChunks(): AsyncGenerator<TextChunk> {
    const decoder = new TextDecoder(this.encoding, { fatal: true });
    const buffers = [Buffer.alloc(CHUNK), Buffer.alloc(CHUNK)];
    let total = 0;
    let flip = 0;
    let reading = this.fh.read(buffers[0]!, 0, CHUNK, null);
    for (;;) {
      const { bytesRead } = await reading;
      const buf = buffers[flip]!;
      flip ^= 1;
      // Start the next read before decoding and parsing this chunk.
      if (bytesRead > 0) reading = this.fh.read(buffers[flip]!, 0, CHUNK, null);
      total += bytesRead;
      let text: string;
      try {
        text = bytesRead === 0 ? decoder.decode() : decoder.decode(buf.subarray(0, bytesRead), { stream: true });
      } catch {
        throw importFailure(
          'ENCODING',
          `The file is not valid ${this.encoding.toUpperCase()} text (near byte ${total - bytesRead}). Save it from Excel as "CSV UTF-8" and try again.`,
          { path: this.file, encoding: this.encoding, byte: total - bytesRead },
        );
      }
      yield { text, bytesRead: total, last: bytesRead === 0 };
      if (bytesRead === 0) return;
    }
  }
}

/** The candidate delimiter found most often in the header line (outside quotes); a comma when none is. */
function sniffDelimiter(line: string): string {
  const unquoted = line.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

const UNCLOSED_QUOTE: RowProblem = { column: null, value: null, reason: 'a quoted field is never closed', code: 'unclosedQuote', params: {} };
const BAD_QUOTES: RowProblem = {
  column: null,
  value: null,
  reason: 'malformed quotes (a quote inside a field must be doubled: "")',
  code: 'badQuotes',
  params: {},
};

function shapeProblem(row: string[], headers: readonly string[]): RowProblem | null {
  const width = headers.length;
  if (row.length !== width) {
    return {
      column: null,
      value: null,
      reason: `the row has ${row.length} field${row.length === 1 ? '' : 's'} but the header has ${width} (check the delimiter and the quotes)`,
      code: 'fieldCount',
      params: { count: row.length, expected: width },
    };
  }
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]!;
    if (cell.length > MAX_CELL_CHARS) {
      return cellTooLong(headers[i] ?? null, cell);
    }
  }
  return null;
}

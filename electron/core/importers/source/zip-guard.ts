import fs from 'node:fs';
import zlib from 'node:zlib';
import { importFailure } from '../failures.ts';
import {
  MAX_COMPRESSION_RATIO,
  MAX_SHARED_STRINGS_BYTES,
  MAX_XLSX_UNCOMPRESSED,
  MAX_XML_TEXT_RUN,
  MIN_RATIO_CHECK,
} from '../limits.ts';
import { readHead } from './file.ts';

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

export interface WorkbookFacts {
  /** Rows (`<row>` elements) of the first worksheet, header included. */
  sheetRows: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FIRST_SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * Check an XLSX before exceljs sees it. The central directory must be whole (a truncated download fails here with
 * a clear message instead of somewhere inside the unzip stream); declared sizes and ratios must be sane; and every
 * part is inflated once with a counter, because declared sizes can lie: a part inflating beyond its declared size,
 * or holding a text node longer than exceljs should buffer, is refused before any row is read.
 */
export async function guardWorkbook(file: string, size: number): Promise<WorkbookFacts> {
  const entries = centralDirectory(file, size);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw importFailure('NOT_A_WORKBOOK', 'This zip file is not an Excel workbook (it has no xl/workbook.xml).', { path: file });
  }
  let total = 0;
  for (const e of entries) {
    total += e.size;
    const bomb =
      total > MAX_XLSX_UNCOMPRESSED ||
      (e.name === 'xl/sharedStrings.xml' && e.size > MAX_SHARED_STRINGS_BYTES) ||
      (e.size >= MIN_RATIO_CHECK && e.size > e.compressed * MAX_COMPRESSION_RATIO);
    if (bomb) throw zipBomb(file, e.name);
    if (e.method !== 0 && e.method !== 8) {
      throw importFailure('NOT_A_WORKBOOK', `The workbook part ${e.name} uses an unsupported compression method.`, { path: file });
    }
    if (e.offset + 30 + e.compressed > size) throw truncated(file);
  }
  const sheet = entries.find((e) => FIRST_SHEET.test(e.name));
  let sheetRows = 0;
  for (const e of entries) {
    const rows = e === sheet ? new RowCounter() : null;
    await inflateChecked(file, e, (chunk) => rows?.feed(chunk));
    if (rows) sheetRows = rows.count;
  }
  return { sheetRows };
}

function centralDirectory(file: string, size: number): Entry[] {
  const tailLength = Math.min(size, 22 + 65_535);
  const tail = readHead(file, tailLength, size - tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw truncated(file);
  const count = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw zipBomb(file, '(zip64)');
  if (cdOffset + cdSize > size - tailLength + at) throw truncated(file);
  const cd = readHead(file, cdSize, cdOffset);
  const entries: Entry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw truncated(file);
    const nameLength = cd.readUInt16LE(p + 28);
    entries.push({
      method: cd.readUInt16LE(p + 10),
      compressed: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      offset: cd.readUInt32LE(p + 42),
      name: cd.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return entries;
}

async function inflateChecked(file: string, e: Entry, onChunk: (chunk: Buffer) => void): Promise<void> {
  const local = readHead(file, 30, e.offset);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw truncated(file);
  const start = e.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (e.compressed === 0) {
    if (e.size !== 0) throw zipBomb(file, e.name);
    return;
  }
  const input = fs.createReadStream(file, { start, end: start + e.compressed - 1, highWaterMark: 1024 * 1024 });
  const stream = e.method === 8 ? zlib.createInflateRaw({ chunkSize: 256 * 1024 }) : null;
  if (stream) {
    input.on('error', (err) => stream.destroy(err));
    input.pipe(stream);
  }
  const xml = e.name.endsWith('.xml') || e.name.endsWith('.rels');
  let produced = 0;
  let run = 0;
  try {
    for await (const chunk of (stream ?? input) as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > e.size) throw zipBomb(file, e.name);
      if (xml) {
        const lt = chunk.lastIndexOf(0x3c);
        if (lt < 0) run += chunk.length;
        else {
          run = Math.max(run + chunk.indexOf(0x3c), longestGap(chunk));
          if (run > MAX_XML_TEXT_RUN) throw zipBomb(file, e.name);
          run = chunk.length - lt;
        }
        if (run > MAX_XML_TEXT_RUN) throw zipBomb(file, e.name);
      }
      onChunk(chunk);
    }
  } catch (err) {
    if ((err as { details?: unknown }).details) throw err;
    throw truncated(file);
  } finally {
    input.destroy();
    stream?.destroy();
  }
  if (produced !== e.size) throw truncated(file);
}

/** Longest distance between two consecutive '<' inside one chunk. */
function longestGap(chunk: Buffer): number {
  let longest = 0;
  let prev = chunk.indexOf(0x3c);
  for (let i = chunk.indexOf(0x3c, prev + 1); i !== -1; i = chunk.indexOf(0x3c, prev + 1)) {
    if (i - prev > longest) longest = i - prev;
    prev = i;
  }
  return longest;
}

/** Counts `<row ` / `<row>` across chunk boundaries (the four bytes before a chunk are kept). */
class RowCounter {
  count = 0;
  private carry = Buffer.alloc(0);

  feed(chunk: Buffer): void {
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    for (let i = buf.indexOf('<row'); i !== -1 && i + 4 < buf.length; i = buf.indexOf('<row', i + 4)) {
      const next = buf[i + 4];
      if (next === 0x20 || next === 0x3e || next === 0x2f) this.count++;
    }
    const keep = Math.min(4, buf.length);
    this.carry = Buffer.from(buf.subarray(buf.length - keep));
  }
}

const truncated = (file: string) =>
  importFailure('TRUNCATED', 'The workbook is damaged or incomplete (truncated download?). Open it in Excel, save it again and retry.', {
    path: file,
  });

const zipBomb = (file: string, part: string) =>
  importFailure('ZIP_BOMB', `The workbook unpacks to far more data than it could hold (${part}); it is refused to protect the app.`, {
    path: file,
    part,
  });

import fs from 'node:fs';
import { importFailure } from '../failures.ts';

/** Encodings a CSV may come in: Excel's "CSV UTF-8" (with BOM), plain UTF-8, Chinese Excel's GBK/GB18030, Excel's "Unicode text". */
export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

const SAMPLE = 1024 * 1024;

/**
 * Detect the encoding: a BOM decides; otherwise the first non-ASCII megabyte is tried as UTF-8, then as GB18030
 * (a superset of GBK and GB2312; Node's full ICU decodes it). An all-ASCII file is UTF-8. Text that decodes in
 * neither, or that is full of control characters, is refused here rather than imported as mojibake.
 */
export function detectEncoding(file: string, size: number): TextEncoding {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(SAMPLE, size));
    const n = fs.readSync(fd, head, 0, head.length, 0);
    const first = head.subarray(0, n);
    if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return 'utf-8';
    if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
    if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
    const sample = firstNonAscii(fd, first, size);
    if (sample === null) return 'utf-8';
    if (sample.includes(0)) throw binary(file);
    for (const encoding of ['utf-8', 'gb18030'] as const) {
      let text: string;
      try {
        // stream: true tolerates a character cut at the end of the sample.
        text = new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
      } catch {
        continue;
      }
      if (controlShare(text) > 0.01) throw binary(file);
      return encoding;
    }
    throw importFailure('ENCODING', 'The file is neither UTF-8 nor GB18030/GBK text. Save it from Excel as "CSV UTF-8" and try again.', { path: file });
  } finally {
    fs.closeSync(fd);
  }
}

/** The first megabyte that holds a byte ≥ 0x80 (starting a little before it), or null for a pure ASCII file. */
function firstNonAscii(fd: number, head: Buffer, size: number): Buffer | null {
  if (head.includes(0)) return head;
  if (hasHighByte(head)) return head;
  const buf = Buffer.alloc(SAMPLE);
  for (let at = head.length; at < size; ) {
    const n = fs.readSync(fd, buf, 0, SAMPLE, at);
    if (n <= 0) break;
    const chunk = buf.subarray(0, n);
    const i = highByteAt(chunk);
    if (i >= 0 || chunk.includes(0)) {
      // Start on a line boundary so a multi-byte character is never cut at the front.
      const lineStart = Math.max(0, chunk.lastIndexOf(0x0a, Math.max(i, 0)) + 1);
      return Buffer.from(chunk.subarray(lineStart));
    }
    at += n;
  }
  return null;
}

const hasHighByte = (b: Buffer): boolean => highByteAt(b) >= 0;
function highByteAt(b: Buffer): number {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return i;
  return -1;
}

function controlShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) bad++;
  }
  return text.length === 0 ? 0 : bad / text.length;
}

const binary = (file: string) =>
  importFailure('BINARY_FILE', 'This looks like a binary file, not CSV text. Import a CSV or an .xlsx workbook.', { path: file });

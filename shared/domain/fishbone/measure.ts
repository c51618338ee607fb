/**
 * Text width without a browser: an estimate per character, on the generous side so that real fonts (Noto Sans CJK,
 * WenQuanYi, Microsoft YaHei, PingFang) fit inside the boxes the layout makes. Widths are in em.
 */
const NARROW = new Set([...'iljtfr.,:;!|\'"`()[]{}/\\ ']);
const WIDE = new Set([...'mwMW@%&']);

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms: one em each. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isWide(code)) return 1;
  if (ch === ' ') return 0.3;
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.92;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  if (ch >= '0' && ch <= '9') return 0.6;
  return 0.58;
}

/** Estimated width in px of `text` at `fontSize`; bold text runs about 6% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.06 : 1);
}

/** Characters that may not start a line (Chinese and Latin closing punctuation). */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】,.;:!?)]}%']);

/** Break text into pieces that stay together: a Latin word (with its trailing space), or one CJK character. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    const wide = isWide(ch.codePointAt(0) ?? 0);
    if (wide || ch === ' ') {
      if (ch === ' ') {
        out.push(word + ' ');
        word = '';
        continue;
      }
      if (word) out.push(word);
      word = '';
      if (NO_LINE_START.has(ch) && out.length > 0) out[out.length - 1] += ch;
      else out.push(ch);
      continue;
    }
    if (NO_LINE_START.has(ch) && word === '' && out.length > 0) {
      out[out.length - 1] += ch;
      continue;
    }
    word += ch;
  }
  if (word) out.push(word);
  return out;
}

/** Split a word wider than the line into pieces that fit (a long URL or code). */
function splitLong(token: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of token) {
    if (piece && textWidth(piece + ch, fontSize, bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy line breaking within `maxWidth`; Latin words are kept whole unless one alone is too wide. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [''];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(clean)) {
    const candidate = line + token;
    if (textWidth(candidate.trimEnd(), fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    if (textWidth(token.trimEnd(), fontSize, bold) <= maxWidth) {
      line = token;
      continue;
    }
    const pieces = splitLong(token.trimEnd(), maxWidth, fontSize, bold);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/** File names and types of evidence files: what a name from another computer may become on this one. */

// Reserved device names on Windows, with or without an extension: a copy saved as "CON.txt" cannot be opened there.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
/** Bytes, not characters: file systems count UTF-8 bytes, and Chinese names are three bytes a character. */
const MAX_NAME_BYTES = 200;

const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

/** Cut to the byte limit on whole characters, keeping the extension. */
function shorten(name: string): string {
  if (utf8Length(name) <= MAX_NAME_BYTES) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  let stem = [...name.slice(0, name.length - ext.length)];
  while (stem.length > 0 && utf8Length(stem.join('') + ext) > MAX_NAME_BYTES) stem = stem.slice(0, -1);
  return stem.join('') + ext;
}

/**
 * The last path segment of `original`, without control or reserved characters, leading or trailing dots and
 * spaces, device names or excess length. Null when nothing usable is left (e.g. "..", "///").
 */
export function sanitizeFileName(original: string): string | null {
  const base = original.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = base
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (name === '' || /^_+$/.test(name)) return null;
  if (RESERVED.test(name)) name = `_${name}`;
  return shorten(name);
}

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  amr: 'audio/amr',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  heic: 'image/heic',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
};

/** Raster images the screen may show, recognised by their first bytes, never by the name alone. */
const SIGNATURES: { type: string; test: (b: Buffer) => boolean }[] = [
  {
    type: 'image/png',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'image/gif',
    test: (b) =>
      b.subarray(0, 6).toString('latin1') === 'GIF87a' || b.subarray(0, 6).toString('latin1') === 'GIF89a',
  },
  {
    type: 'image/webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

/** The content's image type when its bytes say so, else the type its extension names, else octet-stream. */
export function detectType(name: string, content: Buffer): { mimeType: string; image: boolean } {
  const signature = SIGNATURES.find((s) => s.test(content));
  if (signature) return { mimeType: signature.type, image: true };
  const ext = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  return { mimeType: BY_EXTENSION[ext] ?? 'application/octet-stream', image: false };
}

export const PREVIEWABLE_TYPES: readonly string[] = SIGNATURES.map((s) => s.type);

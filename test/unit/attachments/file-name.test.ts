import { describe, expect, it } from 'vitest';
import { detectType, sanitizeFileName } from '../../../electron/core/attachments/file-name.ts';

describe('attachment file names', () => {
  it('keep only the last path segment, without control or reserved characters', () => {
    expect(sanitizeFileName('/home/li/照片/门店环境.jpg')).toBe('门店环境.jpg');
    expect(sanitizeFileName('C:\\Users\\li\\..\\录音 01.mp3')).toBe('录音 01.mp3');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('a<b>c:d"e|f?g*h.txt')).toBe('a_b_c_d_e_f_g_h.txt');
    expect(sanitizeFileName('bad\u0000name\u001f.pdf')).toBe('bad_name_.pdf');
    expect(sanitizeFileName('  ..hidden.  ')).toBe('hidden');
    expect(sanitizeFileName('tab\tand\nnewline.txt')).toBe('tab_and_newline.txt');
  });

  it('refuse names with nothing usable left and defuse Windows device names', () => {
    expect(sanitizeFileName('..')).toBeNull();
    expect(sanitizeFileName('///')).toBeNull();
    expect(sanitizeFileName('   ')).toBeNull();
    expect(sanitizeFileName('CON')).toBe('_CON');
    expect(sanitizeFileName('lpt1.txt')).toBe('_lpt1.txt');
    expect(sanitizeFileName('console.txt')).toBe('console.txt');
  });

  it('shorten long names on whole characters within 200 UTF-8 bytes, keeping the extension', () => {
    const name = sanitizeFileName(`${'整改证据'.repeat(40)}.pdf`)!;
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(200);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.startsWith('整改证据')).toBe(true);
    expect(name).not.toContain('\uFFFD');
  });

  it('take image types from the bytes, never from the name alone', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(detectType('photo.txt', png)).toEqual({ mimeType: 'image/png', image: true });
    expect(detectType('fake.png', Buffer.from('not an image'))).toEqual({
      mimeType: 'application/octet-stream',
      image: false,
    });
    expect(detectType('报告.PDF', Buffer.from('%PDF-1.7')).mimeType).toBe('application/pdf');
    expect(detectType('x.svg', Buffer.from('<svg/>'))).toEqual({ mimeType: 'image/svg+xml', image: false });
  });
});

/**
 * Escaping for the report's HTML: every text that came from the workspace (ticket words, names, titles) passes
 * through one of these before it is written, so markup in the data stays text.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** For element content and quoted attribute values. */
export const esc = (text: string): string => text.replace(/[&<>"'`]/g, (c) => ENTITIES[c] as string);

/**
 * JSON inside a <script type="application/json">: `<`, `>`, `&` and the JS line separators are written as \u
 * escapes, so no `</script>` or `<!--` can end or alter the element whatever the data holds.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** A CSS string literal (the PDF's running header), safe inside a <style> element. */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

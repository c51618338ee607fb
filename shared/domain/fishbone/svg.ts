/**
 * The fishbone drawn as one self-contained SVG document from its layout: what the editor shows, what is exported
 * as SVG or PNG, and what reports embed. Every user string is escaped. Interactive hosts find causes and bones by
 * their data-* attributes.
 */
import type { Box, FishboneLayout, Segment, TextBlock } from './layout.ts';
import { textWidth } from './measure.ts';

const FISHBONE_FONT =
  "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC','Helvetica Neue',Arial,sans-serif";

const C = {
  ink: '#1b2430',
  muted: '#5a6576',
  faint: '#98a2b3',
  navy: '#1d3557',
  bone: '#2b4a73',
  rib: '#6b7f99',
  subRib: '#a7b4c6',
  root: '#b42318',
  rootSoft: '#fdeeec',
  confirmed: '#1a7a38',
  vote: '#1f5fbf',
  select: '#2f7bf0',
};

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const n = (v: number) => Math.round(v * 10) / 10;
const line = (s: Segment, stroke: string, width: number, extra = '') =>
  `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round"${extra}/>`;
const rect = (b: Box, attrs: string) =>
  `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" ${attrs}/>`;

function text(
  t: TextBlock,
  x: number,
  top: number,
  fill: string,
  anchor: 'start' | 'middle',
  extra = '',
): string {
  const tspans = t.lines
    .map(
      (l, i) => `<tspan x="${n(x)}" y="${n(top + i * t.lineHeight + t.lineHeight * 0.74)}">${esc(l)}</tspan>`,
    )
    .join('');
  return `<text font-size="${t.fontSize}" font-weight="${t.bold ? 700 : 400}" fill="${fill}" text-anchor="${anchor}"${extra}>${tspans}</text>`;
}

export interface SvgOptions {
  /** Text of the small legend under the diagram; omitted when null. */
  legend: { rootCause: string; confirmed: string; refuted: string; votes: string } | null;
  /** Outline the selected cause or bone (editor only). */
  selectedId?: string | null;
}

export function fishboneSvg(layout: FishboneLayout, options: SvgOptions): string {
  const legendH = options.legend ? 34 : 0;
  const width = layout.width;
  const height = layout.height + legendH;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FISHBONE_FONT)}">`,
    `<defs><marker id="fb-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${C.navy}"/></marker></defs>`,
    rect({ x: 0, y: 0, w: width, h: height }, 'fill="#ffffff"'),
  );

  for (const b of layout.bones) parts.push(line(b.line, C.bone, 2.6));
  parts.push(line(layout.spine, C.navy, 4.5, ' marker-end="url(#fb-arrow)"'));

  for (const c of layout.causes) {
    const root = c.cause.rootCause;
    const refuted = c.cause.verification === 'refuted';
    const attrs = `data-cause-id="${esc(c.cause.id)}" class="fb-cause"`;
    const g: string[] = [`<g ${attrs}>`];
    if (c.stem) g.push(line(c.stem, C.subRib, 1.2));
    g.push(line(c.rib, c.depth === 1 ? C.rib : C.subRib, c.depth === 1 ? 1.6 : 1.2));
    const pad = { x: c.box.x - 4, y: c.box.y - 2, w: c.box.w + 6, h: c.box.h };
    if (root) g.push(rect(pad, `rx="5" fill="${C.rootSoft}" stroke="${C.root}" stroke-width="1.6"`));
    else g.push(rect(pad, 'rx="5" fill="#ffffff" fill-opacity="0"'));
    if (options.selectedId === c.cause.id)
      g.push(rect(pad, `rx="5" fill="none" stroke="${C.select}" stroke-width="2" stroke-dasharray="4 3"`));
    const fill = c.placeholder
      ? C.faint
      : refuted
        ? C.faint
        : root
          ? C.root
          : c.depth === 1
            ? C.ink
            : C.muted;
    const deco = refuted ? ' text-decoration="line-through"' : c.placeholder ? ' font-style="italic"' : '';
    g.push(text(c.text, c.box.x, c.box.y + 2, fill, 'start', deco));
    if (c.votes) {
      const v = c.votes;
      g.push(
        rect(v, `rx="8" fill="${C.vote}"`),
        `<text x="${n(v.x + v.w / 2)}" y="${n(v.y + 12)}" font-size="10.5" font-weight="700" fill="#ffffff" text-anchor="middle">${c.cause.votes}</text>`,
      );
    }
    if (c.tick) {
      g.push(
        `<path d="M${n(c.tick.x)},${n(c.tick.y)} l3.5,4 l7,-8" fill="none" stroke="${C.confirmed}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`,
      );
    }
    g.push('</g>');
    parts.push(g.join(''));
  }

  for (const b of layout.bones) {
    const selected = options.selectedId === b.bone.id;
    parts.push(
      `<g data-bone-id="${esc(b.bone.id)}" class="fb-bone">`,
      rect(b.label, `rx="6" fill="${C.navy}"${selected ? ` stroke="${C.select}" stroke-width="3"` : ''}`),
      text(
        b.text,
        b.label.x + b.label.w / 2,
        b.label.y + (b.label.h - b.text.lines.length * b.text.lineHeight) / 2,
        '#ffffff',
        'middle',
      ),
      '</g>',
    );
  }

  const h = layout.head;
  parts.push(
    '<g data-head="1" class="fb-head">',
    rect(h, `rx="8" fill="${C.navy}"`),
    rect({ x: h.x, y: h.y, w: 6, h: h.h }, `fill="${C.root}"`),
    text(
      layout.headText,
      h.x + h.w / 2 + 3,
      h.y + (h.h - layout.headText.lines.length * layout.headText.lineHeight) / 2,
      '#ffffff',
      'middle',
    ),
    '</g>',
  );

  if (options.legend) {
    const y = layout.height + 8;
    const l = options.legend;
    let x = 28;
    const item = (swatch: string, label: string) => {
      parts.push(
        swatch,
        `<text x="${n(x + 24)}" y="${n(y + 13)}" font-size="12" fill="${C.muted}">${esc(label)}</text>`,
      );
      x += 24 + textWidth(label, 12) + 28;
    };
    item(
      rect(
        { x, y: y + 2, w: 18, h: 14 },
        `rx="3" fill="${C.rootSoft}" stroke="${C.root}" stroke-width="1.4"`,
      ),
      l.rootCause,
    );
    item(
      `<path d="M${x + 3},${y + 9} l3.5,4 l7,-8" fill="none" stroke="${C.confirmed}" stroke-width="2.2" stroke-linecap="round"/>`,
      l.confirmed,
    );
    item(
      `<line x1="${x}" y1="${y + 9}" x2="${x + 18}" y2="${y + 9}" stroke="${C.faint}" stroke-width="1.6"/>`,
      l.refuted,
    );
    item(`<rect x="${x}" y="${y + 1}" width="18" height="16" rx="8" fill="${C.vote}"/>`, l.votes);
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The fishbone's automatic layout, a pure function of the diagram: the same boxes and lines feed the editor, the
 * SVG/PNG export and the reports. Bones stand in columns along the spine, alternately above and below it; each
 * bone's causes are rows of wrapped text on the bone's left, nested causes indented under their parent and joined
 * to it by a tree stem. Every row has its own vertical band and every column its own horizontal band, so nothing
 * can overlap however many causes or however long the labels.
 */
import type { FishboneBone, FishboneCause } from '../../schemas/improvement.ts';
import { textWidth, wrapText } from './measure.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TextBlock {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  bold: boolean;
}

export interface LaidCause {
  cause: FishboneCause;
  boneId: string;
  depth: number;
  /** The text area (and its marks on the right: votes, verification). */
  box: Box;
  text: TextBlock;
  /** Underline of the text, running on to the bone for causes hanging on it directly. */
  rib: Segment;
  /** Vertical tree stem from the parent's rib down to this rib (nested causes only). */
  stem: Segment | null;
  placeholder: boolean;
  /** Marks after the text on its first line: the vote count pill and the verification tick. */
  votes: Box | null;
  tick: { x: number; y: number } | null;
}

export interface LaidBone {
  bone: FishboneBone;
  side: 'top' | 'bottom';
  label: Box;
  text: TextBlock;
  line: Segment;
}

export interface FishboneLayout {
  width: number;
  height: number;
  spine: Segment;
  head: Box;
  headText: TextBlock;
  bones: LaidBone[];
  causes: LaidCause[];
}

const LAYOUT = {
  margin: 28,
  textArea: 236,
  indent: 18,
  maxIndentDepth: 5,
  markGap: 6,
  rowGap: 7,
  boneGap: 14,
  columnGap: 26,
  spineGap: 14,
  labelFont: 15,
  causeFont: 13,
  subCauseFont: 12,
  headFont: 16,
  headWidth: 210,
  headPad: 14,
  labelPadX: 14,
  labelPadY: 7,
  minSlant: 48,
  maxSlant: 150,
} as const;

const lineHeight = (fontSize: number) => Math.round(fontSize * 1.45);

/** Width of the vote pill for a count: room for its digits. */
const voteWidth = (votes: number) => 10 + String(votes).length * 6.5;
const TICK = 13;

/** Room the marks of a cause take after its text. */
const marksWidth = (cause: FishboneCause) =>
  LAYOUT.markGap +
  (cause.votes > 0 ? voteWidth(cause.votes) + 4 : 0) +
  (cause.verification === 'confirmed' ? TICK + 3 : 0);

function block(text: string, maxWidth: number, fontSize: number, bold: boolean): TextBlock {
  return {
    lines: wrapText(text, maxWidth, fontSize, bold),
    fontSize,
    lineHeight: lineHeight(fontSize),
    bold,
  };
}

const blockWidth = (t: TextBlock) => Math.max(...t.lines.map((l) => textWidth(l, t.fontSize, t.bold)));
const blockHeight = (t: TextBlock) => t.lines.length * t.lineHeight;

interface Row {
  cause: FishboneCause;
  depth: number;
  text: TextBlock;
  height: number;
  indentX: number;
  parent: number | null;
  placeholder: boolean;
  marks: number;
}

/** The bone's causes in outline order, wrapped to the width their depth leaves them. */
function rows(bone: FishboneBone, placeholder: string): Row[] {
  const out: Row[] = [];
  const visit = (causes: FishboneCause[], depth: number, parent: number | null) => {
    for (const cause of causes) {
      const indentX = Math.min(depth - 1, LAYOUT.maxIndentDepth) * LAYOUT.indent;
      const font = depth === 1 ? LAYOUT.causeFont : LAYOUT.subCauseFont;
      const empty = cause.text.trim() === '';
      const marks = marksWidth(cause);
      const text = block(
        empty ? placeholder : cause.text,
        LAYOUT.textArea - indentX - marks,
        font,
        depth === 1,
      );
      out.push({
        cause,
        depth,
        text,
        height: blockHeight(text) + 6,
        indentX,
        parent,
        placeholder: empty,
        marks,
      });
      visit(cause.children, depth + 1, out.length - 1);
    }
  };
  visit(bone.causes, 1, null);
  return out;
}

const stackHeight = (rs: Row[]) => rs.reduce((sum, r) => sum + r.height + LAYOUT.rowGap, 0);

export interface LayoutOptions {
  /** Shown (greyed) for a cause with no text yet. */
  placeholder: string;
}

export function layoutFishbone(
  problem: string,
  bones: FishboneBone[],
  options: LayoutOptions,
): FishboneLayout {
  const L = LAYOUT;
  const sides = bones.map((_, i): 'top' | 'bottom' => (i % 2 === 0 ? 'top' : 'bottom'));
  const boneRows = bones.map((bone) => rows(bone, options.placeholder));
  const labelMax = L.textArea - 10;
  const labels = bones.map((bone) =>
    block(bone.label.trim() || '—', labelMax - 2 * L.labelPadX, L.labelFont, true),
  );
  const labelHeight = (t: TextBlock) => blockHeight(t) + 2 * L.labelPadY;

  const bandOf = (side: 'top' | 'bottom') => {
    const idx = bones.map((_, i) => i).filter((i) => sides[i] === side);
    const label = Math.max(0, ...idx.map((i) => labelHeight(labels[i]!)));
    const stack = Math.max(0, ...idx.map((i) => stackHeight(boneRows[i]!)));
    return { label, stack };
  };
  const top = bandOf('top');
  const bottom = bandOf('bottom');
  const slantFor = (stack: number, label: number) =>
    Math.round(Math.min(L.maxSlant, Math.max(L.minSlant, (stack + label) * 0.32)));
  const slantTop = slantFor(top.stack, top.label);
  const slantBottom = slantFor(bottom.stack, bottom.label);
  const columnWidth = L.textArea + L.boneGap + Math.max(slantTop, slantBottom);

  const head = block(problem.trim() || options.placeholder, L.headWidth - 2 * L.headPad, L.headFont, true);
  const headH = Math.max(72, blockHeight(head) + 2 * L.headPad);
  const topHalf = Math.max(top.label + L.boneGap + top.stack + L.spineGap, headH / 2 + L.spineGap);
  const bottomHalf = Math.max(bottom.label + L.boneGap + bottom.stack + L.spineGap, headH / 2 + L.spineGap);
  const spineY = L.margin + topHalf;

  const laidBones: LaidBone[] = [];
  const laidCauses: LaidCause[] = [];
  let rightmost: number = L.margin;

  bones.forEach((bone, i) => {
    const side = sides[i]!;
    const col = Math.floor(i / 2);
    const x0 = L.margin + col * (columnWidth + L.columnGap);
    const foot = x0 + columnWidth; // where the bone meets the spine
    const slant = side === 'top' ? slantTop : slantBottom;
    const outerX = foot - slant;
    const text = labels[i]!;
    const lw = Math.min(labelMax, blockWidth(text) + 2 * L.labelPadX);
    const lh = labelHeight(text);
    const band = side === 'top' ? top : bottom;
    const labelY = side === 'top' ? L.margin + band.label - lh : spineY + bottomHalf - band.label;
    const label = { x: outerX - lw / 2, y: labelY, w: lw, h: lh };
    const outerY = side === 'top' ? label.y + label.h : label.y;
    const line = { x1: outerX, y1: outerY, x2: foot, y2: spineY };
    laidBones.push({ bone, side, label, text, line });
    rightmost = Math.max(rightmost, foot, label.x + label.w);

    // The bone's x at height y: the rows' ribs run on to it.
    const boneX = (y: number) => outerX + ((y - outerY) / (spineY - outerY)) * slant;
    let y = side === 'top' ? L.margin + band.label + L.boneGap : spineY + L.spineGap;
    const placed: LaidCause[] = [];
    for (const row of boneRows[i]!) {
      const box = {
        x: x0 + row.indentX,
        y,
        w: Math.min(L.textArea - row.indentX, blockWidth(row.text) + row.marks),
        h: row.height,
      };
      const markY = y + 2 + row.text.lineHeight / 2;
      let markX = box.x + box.w - 2;
      let votes: Box | null = null;
      if (row.cause.votes > 0) {
        const w = voteWidth(row.cause.votes);
        votes = { x: markX - w, y: markY - 8, w, h: 16 };
        markX -= w + 4;
      }
      const tick = row.cause.verification === 'confirmed' ? { x: markX - TICK, y: markY } : null;
      const ribY = y + row.height;
      const parent = row.parent === null ? null : placed[row.parent]!;
      const stemX = parent ? parent.box.x + L.indent / 2 : 0;
      const rib = parent
        ? { x1: stemX, y1: ribY, x2: box.x + box.w, y2: ribY }
        : { x1: box.x, y1: ribY, x2: boneX(ribY), y2: ribY };
      const stem = parent ? { x1: stemX, y1: parent.rib.y1, x2: stemX, y2: ribY } : null;
      const laid = {
        cause: row.cause,
        boneId: bone.id,
        depth: row.depth,
        box,
        text: row.text,
        rib,
        stem,
        placeholder: row.placeholder,
        votes,
        tick,
      };
      placed.push(laid);
      y += row.height + L.rowGap;
    }
    laidCauses.push(...placed);
  });

  const headBox = { x: rightmost + 36, y: spineY - headH / 2, w: L.headWidth, h: headH };
  return {
    width: Math.ceil(headBox.x + headBox.w + L.margin),
    height: Math.ceil(spineY + bottomHalf + L.margin),
    spine: { x1: L.margin - 8, y1: spineY, x2: headBox.x, y2: spineY },
    head: headBox,
    headText: head,
    bones: laidBones,
    causes: laidCauses,
  };
}

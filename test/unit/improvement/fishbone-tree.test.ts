import { describe, expect, it } from 'vitest';
import {
  addCause,
  indent,
  insertSibling,
  moveCause,
  outdent,
  outlineRows,
  removeCause,
  updateCause,
} from '../../../renderer/src/views/improvement/rca/fishboneTree.ts';
import type { FishboneContent } from '../../../shared/schemas/improvement.ts';

const empty = (): FishboneContent => ({
  kind: 'fishbone',
  template: 'sixM',
  bones: [{ id: 'b1', label: '人', causes: [] }],
});
const shape = (c: FishboneContent) =>
  outlineRows(c.bones[0]!).map(({ cause, depth }) => `${depth}:${cause.text}`);

/** Type a row the way the outline does: Enter makes a sibling, then the text goes into it. */
function typed(c: FishboneContent, after: string, text: string) {
  const { content, focus } = insertSibling(c, after);
  return { content: updateCause(content, focus!, { text }), id: focus! };
}

describe('the fishbone outline keyboard', () => {
  it('Enter, Tab and Shift+Tab build causes three levels deep', () => {
    const first = addCause(empty(), 'b1');
    let c = updateCause(first.content, first.focus!, { text: '技师培训不足' });
    const b = typed(c, first.focus!, '没有考核体系');
    c = indent(b.content, b.id).content;
    const d = typed(c, b.id, '薪酬结构');
    c = indent(d.content, d.id).content;
    const e = typed(c, d.id, '客服话术');
    c = outdent(outdent(e.content, e.id).content, e.id).content;
    expect(shape(c)).toEqual(['1:技师培训不足', '2:没有考核体系', '3:薪酬结构', '1:客服话术']);
  });

  it('Tab on a first child and Shift+Tab on a top cause change nothing', () => {
    const first = addCause(empty(), 'b1');
    expect(indent(first.content, first.focus!)).toEqual({ content: first.content, focus: null });
    expect(outdent(first.content, first.focus!).content).toEqual(first.content);
  });

  it('Alt+arrows reorder siblings, and removing focuses the cause before', () => {
    const first = addCause(empty(), 'b1');
    let c = updateCause(first.content, first.focus!, { text: 'A' });
    const b = typed(c, first.focus!, 'B');
    c = moveCause(b.content, b.id, -1).content;
    expect(shape(c)).toEqual(['1:B', '1:A']);
    const removed = removeCause(c, first.focus!);
    expect(shape(removed.content)).toEqual(['1:B']);
    expect(removed.focus).toBe(b.id);
  });

  it('moves a cause together with its sub-causes', () => {
    const first = addCause(empty(), 'b1');
    let c = updateCause(first.content, first.focus!, { text: 'A' });
    const b = typed(c, first.focus!, 'B');
    const child = typed(b.content, b.id, 'B1');
    c = indent(child.content, child.id).content;
    c = moveCause(c, b.id, -1).content;
    expect(shape(c)).toEqual(['1:B', '2:B1', '1:A']);
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api/errors.ts';
import {
  deleteRefusal,
  isCodeTaken,
  nextSort,
  validateCategory,
  type CategoryNode,
} from '../../../renderer/src/views/settings/categories/categoryDraft.ts';

const node = (id: number, parentId: number | null, sort: number): CategoryNode => ({
  id,
  parentId,
  code: `c${id}`,
  nameZh: `类${id}`,
  nameEn: `Cat ${id}`,
  sort,
  tickets: 0,
});

describe('category drafts', () => {
  it('trim and pass the contract schema', () => {
    const result = validateCategory(
      { code: ' fault.leak ', nameZh: ' 漏水 ', nameEn: 'Water leak' },
      { parentId: 3, sort: 20 },
    );
    expect(result).toEqual({
      ok: true,
      input: { parentId: 3, sort: 20, code: 'fault.leak', nameZh: '漏水', nameEn: 'Water leak' },
    });
  });

  it('name every field that fails', () => {
    const result = validateCategory(
      { code: 'has space', nameZh: '', nameEn: 'x'.repeat(81) },
      { parentId: null, sort: 0 },
    );
    expect(result).toEqual({ ok: false, errors: { code: 'code', nameZh: 'nameZh', nameEn: 'nameEn' } });
    const hostile = validateCategory(
      { code: "x'; DROP TABLE categories; --", nameZh: 'a', nameEn: 'a' },
      { parentId: null, sort: 0 },
    );
    expect(hostile).toEqual({ ok: false, errors: { code: 'code' } });
  });

  it('go after the last sibling of their level', () => {
    const tree = [node(1, null, 0), node(2, 1, 0), node(3, 1, 10), node(4, null, 10)];
    expect(nextSort(tree, null)).toBe(20);
    expect(nextSort(tree, 1)).toBe(20);
    expect(nextSort(tree, 4)).toBe(0);
  });
});

describe('host refusals', () => {
  it('tell a taken code from a category in use or with sub-categories, with the count', () => {
    const taken = new ApiError({
      code: 'CONFLICT',
      message: 'code taken',
      details: { field: 'code', id: 7 },
    });
    const inUse = new ApiError({ code: 'CONFLICT', message: 'used', details: { id: 7, tickets: 12_879 } });
    const parent = new ApiError({ code: 'CONFLICT', message: 'children', details: { id: 7, children: 3 } });
    expect(isCodeTaken(taken)).toBe(true);
    expect(isCodeTaken(inUse)).toBe(false);
    expect(deleteRefusal(inUse)).toEqual({ reason: 'inUse', count: 12_879 });
    expect(deleteRefusal(parent)).toEqual({ reason: 'hasChildren', count: 3 });
    expect(deleteRefusal(new ApiError({ code: 'NOT_FOUND', message: 'gone' }))).toBeNull();
  });
});

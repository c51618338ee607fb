import type { z } from 'zod';
import type { MethodOutput } from '../../../../../shared/api';
import { Category } from '../../../../../shared/schemas/tickets';
import type { ApiError } from '../../../api/errors';

export type CategoryNode = MethodOutput<'categories.tree'>[number];
export type CategoryInput = z.input<typeof Category>;

export interface CategoryDraft {
  code: string;
  nameZh: string;
  nameEn: string;
}
export type CategoryField = keyof CategoryDraft;
export type CategoryErrorKey = 'code' | 'codeTaken' | 'nameZh' | 'nameEn';
export type CategoryErrors = Partial<Record<CategoryField, CategoryErrorKey>>;

export const NAME_ZH_MAX = Category.shape.nameZh.maxLength ?? 60;
export const NAME_EN_MAX = Category.shape.nameEn.maxLength ?? 80;
const SORT_STEP = 10;

export const emptyDraft = (): CategoryDraft => ({ code: '', nameZh: '', nameEn: '' });
export const toDraft = (node: CategoryNode): CategoryDraft => ({
  code: node.code,
  nameZh: node.nameZh,
  nameEn: node.nameEn,
});

/** Where a category goes: after its last sibling, so a new one appears at the end of its level. */
export function nextSort(tree: readonly CategoryNode[], parentId: number | null): number {
  const siblings = tree.filter((c) => c.parentId === parentId).map((c) => c.sort);
  return siblings.length === 0 ? 0 : Math.max(...siblings) + SORT_STEP;
}

/** Validate with the contract's schema and name the fields that fail. */
export function validateCategory(
  draft: CategoryDraft,
  base: { id?: number; parentId: number | null; sort: number },
): { ok: true; input: CategoryInput } | { ok: false; errors: CategoryErrors } {
  const input: CategoryInput = {
    ...base,
    code: draft.code.trim(),
    nameZh: draft.nameZh.trim(),
    nameEn: draft.nameEn.trim(),
  };
  const parsed = Category.safeParse(input);
  if (parsed.success) return { ok: true, input };
  const errors: CategoryErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'code' || field === 'nameZh' || field === 'nameEn') errors[field] = field;
  }
  return { ok: false, errors };
}

/** The host refuses a code another category has (CONFLICT on the field `code`): show it at that field. */
export const isCodeTaken = (error: ApiError): boolean =>
  error.code === 'CONFLICT' && error.details['field'] === 'code';

/** Why a deletion was refused, with the count the host reported. */
export function deleteRefusal(error: ApiError): { reason: 'inUse' | 'hasChildren'; count: number } | null {
  if (error.code !== 'CONFLICT') return null;
  const { tickets, children } = error.details;
  if (typeof tickets === 'number') return { reason: 'inUse', count: tickets };
  if (typeof children === 'number') return { reason: 'hasChildren', count: children };
  return null;
}

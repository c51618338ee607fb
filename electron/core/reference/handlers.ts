import type { HandlerGroup } from '../handlers.ts';
import { categoryTree, deleteCategory, saveCategory } from './categories.ts';
import { refOptions } from './options.ts';

export const referenceHandlers = {
  'ref.options': (input, session) => refOptions(session.db(), input),
  'categories.tree': (_input, session) => categoryTree(session.db()),
  'categories.save': (input, session) => saveCategory(session.db(), session.actor, input),
  'categories.delete': ({ id }, session) => deleteCategory(session.db(), session.actor, id),
} satisfies HandlerGroup;

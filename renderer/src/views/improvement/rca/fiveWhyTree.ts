import type { Countermeasure, FiveWhyContent, WhyNode } from '../../../../../shared/schemas/improvement';
import { newId } from './fishboneTree';

export const newWhy = (): WhyNode => ({
  id: newId('w'),
  because: '',
  rootCause: false,
  countermeasures: [],
  children: [],
});

/** Apply `change` to the node with `id` (and the list holding it) in a copy of the chain. */
function edit(
  content: FiveWhyContent,
  id: string | null,
  change: (list: WhyNode[], index: number) => void,
): FiveWhyContent {
  const copy = structuredClone(content);
  if (id === null) {
    change(copy.whys, -1);
    return copy;
  }
  const search = (list: WhyNode[]): boolean => {
    const index = list.findIndex((n) => n.id === id);
    if (index >= 0) {
      change(list, index);
      return true;
    }
    return list.some((n) => search(n.children));
  };
  search(copy.whys);
  return copy;
}

export const updateWhy = (
  c: FiveWhyContent,
  id: string,
  patch: Partial<Pick<WhyNode, 'because' | 'rootCause'>>,
) => edit(c, id, (list, i) => Object.assign(list[i]!, patch));

/** "Why?" asked of this answer: a first answer under it. */
export const addChild = (c: FiveWhyContent, id: string, node: WhyNode) =>
  edit(c, id, (list, i) => list[i]!.children.push(node));

/** Another answer to the same why: a branch. `id` null adds an answer to the problem itself. */
export const addSibling = (c: FiveWhyContent, id: string | null, node: WhyNode) =>
  edit(c, id, (list, i) => list.splice(i < 0 ? list.length : i + 1, 0, node));

export const removeWhy = (c: FiveWhyContent, id: string) => edit(c, id, (list, i) => list.splice(i, 1));

export const addCountermeasure = (c: FiveWhyContent, id: string) =>
  edit(c, id, (list, i) =>
    list[i]!.countermeasures.push({ id: newId('m'), text: '', ownerId: null, dueOn: null }),
  );

export const updateCountermeasure = (
  c: FiveWhyContent,
  id: string,
  cmId: string,
  patch: Partial<Omit<Countermeasure, 'id'>>,
) =>
  edit(c, id, (list, i) => {
    const cm = list[i]!.countermeasures.find((m) => m.id === cmId);
    if (cm) Object.assign(cm, patch);
  });

export const removeCountermeasure = (c: FiveWhyContent, id: string, cmId: string) =>
  edit(c, id, (list, i) => {
    list[i]!.countermeasures = list[i]!.countermeasures.filter((m) => m.id !== cmId);
  });

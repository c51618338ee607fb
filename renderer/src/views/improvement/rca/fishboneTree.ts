import type { FishboneBone, FishboneCause, FishboneContent } from '../../../../../shared/schemas/improvement';

/** Ids for new nodes: short, unique within a worksheet, and valid for the contract's NodeId. */
export const newId = (prefix: string): string =>
  `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

const newCause = (text = ''): FishboneCause => ({
  id: newId('c'),
  text,
  rootCause: false,
  verification: 'unverified',
  evidence: '',
  votes: 0,
  children: [],
});

interface Place {
  /** The array holding the cause (a bone's causes or a cause's children). */
  list: FishboneCause[];
  index: number;
  /** The cause holding `list`, or null when `list` is a bone's causes. */
  parent: FishboneCause | null;
  parentList: FishboneCause[] | null;
  bone: FishboneBone;
}

function locate(content: FishboneContent, id: string): Place | null {
  const search = (
    bone: FishboneBone,
    list: FishboneCause[],
    parent: FishboneCause | null,
    parentList: FishboneCause[] | null,
  ): Place | null => {
    for (let index = 0; index < list.length; index += 1) {
      const cause = list[index]!;
      if (cause.id === id) return { list, index, parent, parentList, bone };
      const found = search(bone, cause.children, cause, list);
      if (found) return found;
    }
    return null;
  };
  for (const bone of content.bones) {
    const found = search(bone, bone.causes, null, null);
    if (found) return found;
  }
  return null;
}

/** Apply `change` to a copy; the change returns the id to focus afterwards (or null to keep the focus). */
function edit(
  content: FishboneContent,
  change: (copy: FishboneContent) => string | null,
): { content: FishboneContent; focus: string | null } {
  const copy = structuredClone(content);
  const focus = change(copy);
  return { content: copy, focus };
}

export const updateCause = (
  content: FishboneContent,
  id: string,
  patch: Partial<Omit<FishboneCause, 'id' | 'children'>>,
) =>
  edit(content, (copy) => {
    const place = locate(copy, id);
    if (place) Object.assign(place.list[place.index]!, patch);
    return null;
  }).content;

/** Enter: a new empty cause right after this one, at the same level. */
export const insertSibling = (content: FishboneContent, id: string) =>
  edit(content, (copy) => {
    const place = locate(copy, id);
    if (!place) return null;
    const cause = newCause();
    place.list.splice(place.index + 1, 0, cause);
    return cause.id;
  });

/** Tab: the cause becomes the last sub-cause of the cause above it. */
export const indent = (content: FishboneContent, id: string) =>
  edit(content, (copy) => {
    const place = locate(copy, id);
    if (!place || place.index === 0) return null;
    const [cause] = place.list.splice(place.index, 1);
    place.list[place.index - 1]!.children.push(cause!);
    return id;
  });

/** Shift+Tab: the cause moves up a level, right after its former parent. */
export const outdent = (content: FishboneContent, id: string) =>
  edit(content, (copy) => {
    const place = locate(copy, id);
    if (!place || !place.parent || !place.parentList) return null;
    const [cause] = place.list.splice(place.index, 1);
    place.parentList.splice(place.parentList.indexOf(place.parent) + 1, 0, cause!);
    return id;
  });

/** Alt+↑ / Alt+↓: swap with the neighbour at the same level. */
export const moveCause = (content: FishboneContent, id: string, by: -1 | 1) =>
  edit(content, (copy) => {
    const place = locate(copy, id);
    const target = place ? place.index + by : -1;
    if (!place || target < 0 || target >= place.list.length) return null;
    const [cause] = place.list.splice(place.index, 1);
    place.list.splice(target, 0, cause!);
    return id;
  });

/** Remove a cause with its sub-causes; focus goes to the cause before it, or its parent. */
export const removeCause = (content: FishboneContent, id: string) =>
  edit(content, (copy) => {
    const place = locate(copy, id);
    if (!place) return null;
    place.list.splice(place.index, 1);
    return place.list[place.index - 1]?.id ?? place.parent?.id ?? place.list[0]?.id ?? null;
  });

export const addCause = (content: FishboneContent, boneId: string) =>
  edit(content, (copy) => {
    const bone = copy.bones.find((b) => b.id === boneId);
    if (!bone) return null;
    const cause = newCause();
    bone.causes.push(cause);
    return cause.id;
  });

export const findCause = (content: FishboneContent, id: string): FishboneCause | null => {
  const place = locate(content, id);
  return place ? place.list[place.index]! : null;
};

/** Causes in reading order with their depth: the outline's rows, and ↑/↓ navigation. */
export function outlineRows(bone: FishboneBone): { cause: FishboneCause; depth: number }[] {
  const out: { cause: FishboneCause; depth: number }[] = [];
  const visit = (causes: FishboneCause[], depth: number) => {
    for (const cause of causes) {
      out.push({ cause, depth });
      visit(cause.children, depth + 1);
    }
  };
  visit(bone.causes, 1);
  return out;
}

export const countCauses = (content: FishboneContent) =>
  content.bones.reduce((n, b) => n + outlineRows(b).length, 0);

// ---------- bones ----------

export const addBone = (content: FishboneContent, label: string): FishboneContent => ({
  ...content,
  bones: [...content.bones, { id: newId('b'), label, causes: [] }],
});

export const renameBone = (content: FishboneContent, boneId: string, label: string): FishboneContent => ({
  ...content,
  bones: content.bones.map((b) => (b.id === boneId ? { ...b, label } : b)),
});

export const removeBone = (content: FishboneContent, boneId: string): FishboneContent => ({
  ...content,
  bones: content.bones.filter((b) => b.id !== boneId),
});

export function moveBone(content: FishboneContent, boneId: string, by: -1 | 1): FishboneContent {
  const bones = [...content.bones];
  const from = bones.findIndex((b) => b.id === boneId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= bones.length) return content;
  const [bone] = bones.splice(from, 1);
  bones.splice(to, 0, bone!);
  return { ...content, bones };
}

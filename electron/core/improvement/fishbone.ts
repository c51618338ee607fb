import type { FishboneCause, FishboneContent } from '../../../shared/schemas/improvement.ts';

function* walk(causes: FishboneCause[], depth: number): Generator<{ cause: FishboneCause; depth: number }> {
  for (const cause of causes) {
    yield { cause, depth };
    yield* walk(cause.children, depth + 1);
  }
}

/** Every cause of the diagram with its depth (1 = a cause hanging on a bone). */
export function fishboneCauses(content: FishboneContent): { cause: FishboneCause; depth: number }[] {
  return content.bones.flatMap((bone) => [...walk(bone.causes, 1)]);
}

/** Ids of causes marked as likely root causes, refuted ones excluded. */
export function fishboneRootCauses(content: FishboneContent): string[] {
  return fishboneCauses(content)
    .filter(({ cause }) => cause.rootCause && cause.verification !== 'refuted')
    .map(({ cause }) => cause.id);
}

import type { Countermeasure, FiveWhyContent, WhyNode } from '../schemas/improvement.ts';

function* walk(nodes: WhyNode[], depth: number): Generator<{ node: WhyNode; depth: number }> {
  for (const node of nodes) {
    yield { node, depth };
    yield* walk(node.children, depth + 1);
  }
}

export function whyNodes(content: FiveWhyContent): { node: WhyNode; depth: number }[] {
  return [...walk(content.whys, 1)];
}

/**
 * The completion rule: a 5-Why is complete only when it names at least one root cause and every root cause has a
 * countermeasure with words in it. `missing` lists the root causes still without one.
 */
export function fiveWhyCompletion(content: FiveWhyContent): {
  complete: boolean;
  missing: string[];
  roots: number;
} {
  const roots = whyNodes(content).filter(({ node }) => node.rootCause);
  const missing = roots
    .filter(({ node }) => !node.countermeasures.some((c) => c.text.trim() !== ''))
    .map(({ node }) => node.id);
  return { complete: roots.length > 0 && missing.length === 0, missing, roots: roots.length };
}

/** A countermeasure and the root cause it answers, by id. */
export function findCountermeasure(
  content: FiveWhyContent,
  id: string,
): { node: WhyNode; countermeasure: Countermeasure } | null {
  for (const { node } of whyNodes(content)) {
    const countermeasure = node.countermeasures.find((c) => c.id === id);
    if (countermeasure) return { node, countermeasure };
  }
  return null;
}

import { PDCA_PHASES, type GateProblem, type PdcaPhase } from '../../../shared/schemas/improvement.ts';

/** What the gates look at; counted by the caller from the cycle and its actions. */
export interface GateFacts {
  goal: string;
  /** Actions of the cycle that are not cancelled. */
  actions: number;
  actionsDone: number;
  verdict: string | null;
  standardChange: string;
  /** Cycles started from this one (Act: "start the next cycle"). */
  nextCycles: number;
}

/** What must be true to enter `phase`. */
export function gateProblems(phase: PdcaPhase, facts: GateFacts): GateProblem[] {
  const problems: GateProblem[] = [];
  if (phase === 'do') {
    if (facts.goal.trim() === '') problems.push('goalMissing');
    if (facts.actions === 0) problems.push('noActions');
  }
  if (phase === 'check' && facts.actionsDone === 0) problems.push('noCompletedAction');
  if ((phase === 'act' || phase === 'closed') && facts.verdict === null) problems.push('verdictMissing');
  if (phase === 'closed' && facts.standardChange.trim() === '' && facts.nextCycles === 0)
    problems.push('actMissing');
  return problems;
}

export function nextPhase(phase: PdcaPhase): PdcaPhase | null {
  return PDCA_PHASES[PDCA_PHASES.indexOf(phase) + 1] ?? null;
}

/**
 * Problems in the way of a move. Going back is always allowed (a cycle may return to Plan when Check shows the
 * plan was wrong); going forward passes the gate of every phase entered on the way.
 */
export function moveProblems(from: PdcaPhase, to: PdcaPhase, facts: GateFacts): GateProblem[] {
  const start = PDCA_PHASES.indexOf(from);
  const end = PDCA_PHASES.indexOf(to);
  const problems = new Set<GateProblem>();
  for (const phase of PDCA_PHASES.slice(start + 1, end + 1)) {
    for (const problem of gateProblems(phase, facts)) problems.add(problem);
  }
  return [...problems];
}

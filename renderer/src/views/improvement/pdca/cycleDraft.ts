import { CycleFields, KpiId } from '../../../../../shared/schemas/improvement';

/** The cycle form as typed: numbers stay text until saved, so "0." or "" can be on the way to a value. */
export type CycleDraft = Omit<CycleFields, 'baseline' | 'target'> & { baseline: string; target: string };
export type CycleErrorKey = 'title' | 'scope' | 'dates' | 'kpi' | 'baseline' | 'target';

export const blankCycle = (): CycleFields => ({
  title: '',
  problem: '',
  scopeKind: 'organisation',
  scopeId: null,
  ownerId: null,
  startOn: null,
  dueOn: null,
  kpiId: null,
  baseline: null,
  baselinePeriod: '',
  target: null,
  goal: '',
  verdict: null,
  checkNote: '',
  standardChange: '',
  lessons: '',
});

export const toDraft = (f: CycleFields): CycleDraft => ({
  ...f,
  baseline: f.baseline === null ? '' : String(f.baseline),
  target: f.target === null ? '' : String(f.target),
});

const number = (text: string): number | null | undefined => {
  const clean = text.trim().replace(/，/g, '.').replace(/,/g, '.');
  if (clean === '') return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : undefined;
};

/** The draft as contract fields, or the fields that need attention (checked by the contract's own schema). */
export function fromDraft(
  d: CycleDraft,
): { ok: true; fields: CycleFields } | { ok: false; errors: CycleErrorKey[] } {
  const errors: CycleErrorKey[] = [];
  const baseline = number(d.baseline);
  const target = number(d.target);
  if (baseline === undefined) errors.push('baseline');
  if (target === undefined) errors.push('target');
  if (d.title.trim() === '') errors.push('title');
  if (d.scopeKind !== 'organisation' && d.scopeId === null) errors.push('scope');
  if (d.startOn && d.dueOn && d.startOn > d.dueOn) errors.push('dates');
  const kpi = d.kpiId?.trim() ? d.kpiId.trim() : null;
  if (kpi !== null && !KpiId.safeParse(kpi).success) errors.push('kpi');
  if (errors.length > 0) return { ok: false, errors };
  const parsed = CycleFields.safeParse({
    ...d,
    title: d.title.trim(),
    kpiId: kpi,
    baseline: baseline ?? null,
    target: target ?? null,
  });
  return parsed.success ? { ok: true, fields: parsed.data } : { ok: false, errors: ['title'] };
}

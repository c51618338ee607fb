import { useResource } from '../../api/useResource';
import { call } from '../../api/client';

export interface Option {
  id: number;
  label: string;
}

const loadStaff = () =>
  call('ref.options', { kind: 'staff', limit: 1000 }).then((rows) =>
    rows.map((r) => ({ id: r.id, label: `${r.label} · ${r.code}` })),
  );
const loadCycles = () =>
  call('pdca.list', {}).then((rows) => rows.map((r) => ({ id: r.id, label: r.title })));

/** Staff for owner pickers (a workspace has hundreds at most, so one call gives them all). */
export const useStaffOptions = () => useResource(loadStaff);
/** Cycles for "which cycle" pickers. */
export const useCycleOptions = () => useResource(loadCycles);

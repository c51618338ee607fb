import type { AuditEntry } from '../../../../../shared/schemas/workspace';
import type { SlaPolicy } from '../../../../../shared/schemas/tickets';

export interface PolicyVersion {
  version: number;
  /** Unknown for a version older than the audit entries at hand. */
  at: number | null;
  actor: string | null;
  note: string;
  /** The version the workspace shipped with (written by the migration, not by a person). */
  seed: boolean;
}

const noteOf = (after: unknown): string =>
  typeof after === 'object' && after !== null && 'note' in after && typeof after.note === 'string'
    ? after.note
    : '';

/**
 * Versions newest first, from the audit log (each save writes one `sla_policy` entry) and the current policy. The
 * first version comes with the workspace and has no audit entry of its own; it is listed all the same.
 */
export function policyVersions(current: SlaPolicy, entries: readonly AuditEntry[]): PolicyVersion[] {
  const byVersion = new Map<number, PolicyVersion>();
  for (const entry of entries) {
    const version = Number(entry.entityId);
    if (entry.entity !== 'sla_policy' || entry.action !== 'create' || !Number.isInteger(version)) continue;
    byVersion.set(version, {
      version,
      at: entry.at,
      actor: entry.actor,
      note: noteOf(entry.after),
      seed: false,
    });
  }
  byVersion.set(current.version, {
    version: current.version,
    at: current.createdAt,
    actor: current.createdBy,
    note: current.note,
    seed: current.version === 1 && current.createdBy === 'system',
  });
  if (!byVersion.has(1)) byVersion.set(1, { version: 1, at: null, actor: null, note: '', seed: true });
  return [...byVersion.values()].sort((a, b) => b.version - a.version);
}

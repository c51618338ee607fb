import type { z } from 'zod';
import type { SlaPolicy, SlaTierTargets } from '../../../shared/schemas/tickets.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import type { Target } from './clock.ts';

export type TierTargets = z.infer<typeof SlaTierTargets>;

/** Targets of one version by tier (index 1–4). */
export type TargetsByTier = ReadonlyMap<number, { response: Target; resolution: Target }>;

interface TargetRow {
  version_id: number;
  tier: number;
  response_minutes: number;
  response_basis: Target['basis'];
  resolution_minutes: number;
  resolution_basis: Target['basis'];
}

const toTargets = (r: TargetRow): TierTargets => ({
  tier: r.tier,
  response: { minutes: r.response_minutes, basis: r.response_basis },
  resolution: { minutes: r.resolution_minutes, basis: r.resolution_basis },
});

export function currentVersion(db: Db): number {
  const row = db.prepare('SELECT max(id) AS v FROM sla_policy_versions').get() as { v: number | null };
  if (row.v === null) throw new QmFailure('INTERNAL', 'The workspace has no SLA policy.');
  return row.v;
}

export function getPolicy(db: Db, version: number = currentVersion(db)): SlaPolicy {
  const head = db.prepare('SELECT id, created_at, created_by, note FROM sla_policy_versions WHERE id = ?').get(version) as
    | { id: number; created_at: number; created_by: string; note: string }
    | undefined;
  if (!head) throw new QmFailure('NOT_FOUND', `SLA policy version ${version} does not exist.`, { version });
  const rows = db.prepare('SELECT * FROM sla_targets WHERE version_id = ? ORDER BY tier').all(version) as TargetRow[];
  return { version: head.id, createdAt: head.created_at, createdBy: head.created_by, note: head.note, targets: rows.map(toTargets) };
}

/** Targets of every version, so tickets measured under an older version are re-measured under their own. */
export function allTargets(db: Db): Map<number, TargetsByTier> {
  const rows = db.prepare('SELECT * FROM sla_targets ORDER BY version_id, tier').all() as TargetRow[];
  const out = new Map<number, Map<number, { response: Target; resolution: Target }>>();
  for (const r of rows) {
    let byTier = out.get(r.version_id);
    if (!byTier) out.set(r.version_id, (byTier = new Map()));
    const t = toTargets(r);
    byTier.set(r.tier, { response: t.response, resolution: t.resolution });
  }
  return out;
}

/** Longest business-time target of any version: how far past the data a timeline must reach. */
export function longestBusinessMinutes(targets: Map<number, TargetsByTier>): number {
  let longest = 0;
  for (const byTier of targets.values()) {
    for (const t of byTier.values()) {
      if (t.response.basis === 'business') longest = Math.max(longest, t.response.minutes);
      if (t.resolution.basis === 'business') longest = Math.max(longest, t.resolution.minutes);
    }
  }
  return longest;
}

/**
 * Save targets as a new version (versions are never edited, so every measured ticket can name the rules it was
 * measured under). Tickets keep their version until `sla.recompute`.
 */
export function savePolicy(db: Db, actor: string, targets: readonly TierTargets[], note: string, now = Date.now()): SlaPolicy {
  const tiers = targets.map((t) => t.tier).sort();
  if (tiers.join() !== '1,2,3,4') {
    throw new QmFailure('INVALID_INPUT', 'Give targets for each tier 1–4 exactly once.', { field: 'targets' });
  }
  return writeTransaction(db, actor, (record) => {
    const before = getPolicy(db);
    const version = Number(
      db.prepare('INSERT INTO sla_policy_versions (created_at, created_by, note) VALUES (?, ?, ?)').run(now, actor, note)
        .lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO sla_targets (version_id, tier, response_minutes, response_basis, resolution_minutes, resolution_basis)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const t of [...targets].sort((a, b) => a.tier - b.tier)) {
      insert.run(version, t.tier, t.response.minutes, t.response.basis, t.resolution.minutes, t.resolution.basis);
    }
    const after = getPolicy(db, version);
    record({
      action: 'create',
      entity: 'sla_policy',
      entityId: version,
      before: { version: before.version, targets: before.targets },
      after: { version, note, targets: after.targets },
    });
    return after;
  });
}

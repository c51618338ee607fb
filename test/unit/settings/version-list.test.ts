import { describe, expect, it } from 'vitest';
import { policyVersions } from '../../../renderer/src/views/settings/sla/versionList.ts';
import { newSession } from '../helpers/session.ts';

/** The version list is built from what the host really returns: the current policy and the audit log. */
async function workspace() {
  const { dispatch, file } = newSession();
  const created = await dispatch('workspace.create', { path: file });
  if (!created.ok) throw new Error(created.error.message);
  const call = async <T>(
    promise: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
  ) => {
    const result = await promise;
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  return { dispatch, call };
}

describe('SLA policy versions', () => {
  it('list the seeded version alone in a new workspace', async () => {
    const { dispatch, call } = await workspace();
    const policy = await call(dispatch('sla.policy.get', {}));
    const history = await call(dispatch('audit.list', { entity: 'sla_policy', limit: 500 }));
    const versions = policyVersions(policy, history);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, seed: true });
  });

  it('list every saved version newest first, with its note and author, and the seeded one last', async () => {
    const { dispatch, call } = await workspace();
    const seeded = await call(dispatch('sla.policy.get', {}));
    const tighter = seeded.targets.map((t) =>
      t.tier === 1 ? { ...t, response: { minutes: 20, basis: 'calendar' as const } } : t,
    );
    await call(dispatch('sla.policy.save', { targets: tighter, note: '重大投诉 20 分钟响应' }));
    const current = await call(dispatch('sla.policy.save', { targets: seeded.targets, note: '' }));
    const history = await call(dispatch('audit.list', { entity: 'sla_policy', limit: 500 }));
    const versions = policyVersions(current, history);
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions[0]).toMatchObject({ note: '', actor: 'tester', seed: false });
    expect(versions[1]).toMatchObject({ note: '重大投诉 20 分钟响应', actor: 'tester', seed: false });
    expect(versions[1]!.at).toEqual(expect.any(Number));
    expect(versions[2]).toMatchObject({ version: 1, seed: true, at: null });
  });
});

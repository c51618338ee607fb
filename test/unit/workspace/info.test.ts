import { describe, expect, it } from 'vitest';
import { userTables } from '../../../electron/core/db/identifiers.ts';
import { newSession } from '../helpers/session.ts';

describe('workspace.info', () => {
  it('lists the real tables only: no full-text index or its shadow tables', async () => {
    const { dispatch, file, session } = newSession();
    await dispatch('workspace.create', { path: file });
    const tables = userTables(session.db());
    expect(tables).toContain('tickets');
    expect(tables.filter((t) => t.startsWith('tickets_fts'))).toEqual([]);
    const r = await dispatch('workspace.info', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.tables.map((t) => t.table)).toEqual(tables);
  });

  it('reports the quick check passed at opening by default, and runs the full integrity check on request', async () => {
    const { dispatch, file } = newSession();
    await dispatch('workspace.create', { path: file });
    await dispatch('workspace.close', {});
    await dispatch('workspace.open', { path: file });
    expect(await dispatch('workspace.info', {})).toMatchObject({ ok: true, value: { integrity: 'ok', integrityCheck: 'quick' } });
    expect(await dispatch('workspace.info', { integrity: 'full' })).toMatchObject({ ok: true, value: { integrity: 'ok', integrityCheck: 'full' } });
    expect(await dispatch('workspace.info', { integrity: 'PRAGMA writable_schema=1' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

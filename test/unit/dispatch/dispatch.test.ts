import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { api } from '../../../shared/api.ts';
import { coreHandlers } from '../../../electron/core/dispatch.ts';
import { countRows } from '../../../electron/core/db/identifiers.ts';
import { newSession } from '../helpers/session.ts';

describe('dispatch', () => {
  it('has exactly one handler per contract method', () => {
    expect(Object.keys(coreHandlers).sort()).toEqual(Object.keys(api).sort());
  });

  it('answers an unknown method with a typed error', async () => {
    const { dispatch } = newSession();
    const result = await dispatch('tickets.dropAll', {});
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: expect.stringMatching(/Unknown method/) } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('rejects bad input with INVALID_INPUT naming the field, and writes nothing', async () => {
    const { dispatch, file, session } = newSession();
    await dispatch('workspace.create', { path: file });
    const bad: [string, unknown][] = [
      ['settings.update', { patch: { timeZone: 'Mars/Olympus_Mons' } }],
      ['settings.update', { patch: { repeatWindowDays: -3 } }],
      ['settings.update', { patch: { workingCalendar: { workdays: [8], hours: [] } } }],
      ['settings.update', { patch: { workingCalendar: { workdays: [1], hours: [{ start: '18:00', end: '09:00' }] } } }],
      ['settings.update', { patch: { language: 'fr' } }],
      ['settings.update', { patch: {}, extra: "'; DROP TABLE tickets; --" }],
      ['settings.update', null],
      ['settings.update', 'not an object'],
      ['workspace.open', { path: '' }],
      ['workspace.open', { path: 42 }],
      ['workspace.open', { path: 'a\0b' }],
      ['audit.list', { limit: 100000 }],
      ['jobs.cancel', { jobId: '../../etc' }],
    ];
    for (const [method, input] of bad) {
      const result = await dispatch(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.details).toHaveProperty('issues');
      }
    }
    const settings = await dispatch('settings.get', {});
    expect(settings).toMatchObject({ ok: true, value: { timeZone: 'Asia/Shanghai', repeatWindowDays: 30 } });
    const audit = await dispatch('audit.list', {});
    expect(audit).toEqual({ ok: true, value: [] });
    expect(countRows(session.db(), 'settings')).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('answers NO_WORKSPACE before a workspace is open', async () => {
    const { dispatch } = newSession();
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
    expect(await dispatch('workspace.info', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });

  it('runs a valid call end to end: settings update is stored and audited', async () => {
    const { dispatch, session, file } = newSession();
    await dispatch('workspace.create', { path: file });
    const hours = [
      { start: '08:30', end: '12:00' },
      { start: '13:00', end: '17:30' },
    ];
    const updated = await dispatch('settings.update', { patch: { repeatWindowDays: 14, workingCalendar: { workdays: [1, 2, 3, 4, 5, 6], hours } } });
    expect(updated).toMatchObject({ ok: true, value: { repeatWindowDays: 14, workingCalendar: { hours } } });
    const audit = await dispatch('audit.list', { entity: 'settings' });
    expect(audit.ok && audit.value.map((e) => [e.entityId, e.actor, e.before, e.after])).toEqual([
      ['repeatWindowDays', 'tester', 30, 14],
      ['workingCalendar', 'tester', expect.objectContaining({ workdays: [1, 2, 3, 4, 5] }), { workdays: [1, 2, 3, 4, 5, 6], hours }],
    ]);
    expect(countRows(session.db(), 'settings')).toBe(2);
  });

  it('remembers the language and recent files outside the workspace', async () => {
    const { dispatch, file } = newSession();
    expect(await dispatch('app.info', {})).toMatchObject({ ok: true, value: { language: null, recent: [], workspace: null } });
    await dispatch('app.setLanguage', { language: 'en' });
    await dispatch('workspace.create', { path: file });
    await dispatch('workspace.close', {});
    const info = await dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { language: 'en', workspace: null, recent: [{ path: file, exists: true }] } });
    const forgotten = await dispatch('workspace.forgetRecent', { path: file });
    expect(forgotten).toEqual({ ok: true, value: [] });
  });

  it('reports host-only methods as not supported by a host without dialogs', async () => {
    const { dispatch } = newSession();
    expect(await dispatch('app.pickPath', { purpose: 'open' })).toMatchObject({ ok: false, error: { code: 'NOT_SUPPORTED' } });
  });
});

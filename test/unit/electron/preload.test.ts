import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { QmBridge } from '../../../shared/api.ts';
import { fake, resetFake } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule);

describe('preload', () => {
  let bridge: QmBridge;

  beforeAll(async () => {
    resetFake();
    vi.resetModules();
    await import('../../../electron/preload/index.ts');
    bridge = fake.exposed[0]!.api as unknown as QmBridge;
  });

  it('exposes exactly window.qm with exactly invoke and on, both plain functions', () => {
    expect(fake.exposed.map((e) => e.key)).toEqual(['qm']);
    const api = fake.exposed[0]!.api;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.getOwnPropertyNames(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    expect(typeof api['invoke']).toBe('function');
    expect(typeof api['on']).toBe('function');
  });

  it('invoke goes to the one invoke channel with method and input, and returns main’s result', async () => {
    fake.ipcRenderer.reply = { ok: true, value: { language: 'en' } };
    const result = await bridge.invoke('app.setLanguage', { language: 'en' });
    expect(fake.ipcRenderer.invocations.at(-1)).toEqual(['qm:invoke', 'app.setLanguage', { language: 'en' }]);
    expect(result).toEqual({ ok: true, value: { language: 'en' } });
  });

  it('turns a transport failure into an error result instead of a rejection', async () => {
    const original = fake.ipcRenderer.invoke;
    fake.ipcRenderer.invoke = async () => {
      throw new Error('No handler registered');
    };
    const result = await bridge.invoke('app.info', {});
    fake.ipcRenderer.invoke = original;
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('on delivers only the named event’s payload (never the IPC event) and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = bridge.on('workspace.changed', (...args: unknown[]) => seen.push(args));
    const ipcEvent = { sender: 'ipcRenderer itself' };
    fake.ipcRenderer.emit('qm:event', ipcEvent, { event: 'job.progress', payload: { jobId: 'x' } });
    fake.ipcRenderer.emit('qm:event', ipcEvent, { event: 'workspace.changed', payload: { workspace: null } });
    fake.ipcRenderer.emit('qm:other', ipcEvent, {
      event: 'workspace.changed',
      payload: { workspace: 'wrong channel' },
    });
    expect(seen).toEqual([[{ workspace: null }]]);
    off();
    fake.ipcRenderer.emit('qm:event', ipcEvent, { event: 'workspace.changed', payload: { workspace: null } });
    expect(seen).toHaveLength(1);
    expect(fake.ipcRenderer.count('qm:event')).toBe(0);
  });
});

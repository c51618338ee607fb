import { describe, expect, it } from 'vitest';
import { starterLibrary } from '../../../electron/core/audits/library.ts';
import { auditsWorkspace, smallTemplate } from './workspace.ts';

describe('the starter library', () => {
  it('is loaded once into a new workspace: call/chat QA, onsite repair and the outlet mystery shop', async () => {
    const { ok, session, file } = await auditsWorkspace();
    const list = await ok('audits.templates.list', {});
    expect(list.map((t) => [t.code, t.kind, t.version])).toEqual([
      ['QA-CALL', 'audit', 1],
      ['QA-ONSITE', 'audit', 1],
      ['MS-OUTLET', 'mystery', 1],
    ]);
    expect(list.every((t) => t.criticalCount > 0 && t.itemCount >= 10)).toBe(true);
    // Reopening does not load it again.
    session.close();
    const { createDispatch } = await import('../../../electron/core/dispatch.ts');
    const again = createDispatch(session);
    const reopened = await again('workspace.open', { path: file });
    expect(reopened.ok).toBe(true);
    const after = await again('audits.templates.list', {});
    expect(after.ok && after.value.length).toBe(3);
  });

  it('covers the handbook: every item has zh/en labels and a SERVQUAL dimension, the mystery shop walks the journey', () => {
    const library = starterLibrary();
    const qa = library.find((t) => t.code === 'QA-CALL')!;
    expect(qa.sections.map((s) => s.key)).toEqual(['attitude', 'timeliness', 'professionalism', 'compliance']);
    const mystery = library.find((t) => t.kind === 'mystery')!;
    expect(mystery.sections.map((s) => s.key)).toEqual(['environment', 'greeting', 'needs', 'knowledge', 'speed', 'closing']);
    const dims = new Set(library.flatMap((t) => t.sections.flatMap((s) => s.items.map((i) => i.servqual))));
    expect([...dims].sort()).toEqual(['assurance', 'empathy', 'reliability', 'responsiveness', 'tangibles']);
  });

  it('gives every item scoring guidance in Chinese and in English', () => {
    const items = starterLibrary().flatMap((t) => t.sections.flatMap((s) => s.items));
    expect(items.length).toBeGreaterThan(40);
    expect(items.filter((i) => i.guidance.trim() === '' || (i.guidanceEn ?? '').trim() === '').map((i) => i.key)).toEqual([]);
  });
});

describe('template versions', () => {
  it('edits in place while unscored, then saves edits as the next version once a result exists', async () => {
    const { ok, dispatch, db } = await auditsWorkspace();
    const created = await ok('audits.templates.save', { fields: smallTemplate() });
    const renamed = await ok('audits.templates.save', { id: created.id, fields: smallTemplate({ nameEn: 'Renamed' }) });
    expect([renamed.id, renamed.version, renamed.nameEn]).toEqual([created.id, 1, 'Renamed']);

    db.prepare(
      `INSERT INTO audits (template_id, ticket_id, agent_id, month, created_at, updated_at) VALUES (?, 1, 1, '2026-11', 0, 0)`,
    ).run(created.id);
    const edited = smallTemplate({ nameEn: 'Edited' });
    edited.sections[0]!.items[0]!.weight = 5;
    const v2 = await ok('audits.templates.save', { id: created.id, fields: edited });
    expect(v2.id).not.toBe(created.id);
    expect([v2.version, v2.current, v2.results]).toEqual([2, true, 0]);
    const v1 = await ok('audits.templates.get', { id: created.id });
    expect([v1.version, v1.current, v1.results, v1.nameEn, v1.sections[0]!.items[0]!.weight]).toEqual([1, false, 1, 'Renamed', 1]);

    const oldEdit = await dispatch('audits.templates.save', { id: created.id, fields: smallTemplate() });
    expect(oldEdit.ok ? null : oldEdit.error.details?.['reason']).toBe('old_version');
    const recode = await dispatch('audits.templates.save', { id: v2.id, fields: smallTemplate({ code: 'QA-X' }) });
    expect(recode.ok ? null : recode.error.details?.['reason']).toBe('code_fixed');
    const all = await ok('audits.templates.list', { withOld: true });
    expect(all.filter((t) => t.code === 'QA-T').map((t) => t.version)).toEqual([2, 1]);
    expect((await ok('audits.templates.list', {})).filter((t) => t.code === 'QA-T')).toHaveLength(1);
    const log = await ok('audit.list', { entity: 'scorecard_template' });
    expect(log.filter((e) => e.actor === 'tester').map((e) => e.action)).toEqual(['create', 'update', 'create']);
  });

  it('refuses a duplicate code and a change of kind', async () => {
    const { ok, dispatch } = await auditsWorkspace();
    const dup = await dispatch('audits.templates.save', { fields: smallTemplate({ code: 'QA-CALL' }) });
    expect(dup.ok ? null : dup.error.code).toBe('CONFLICT');
    const t = await ok('audits.templates.save', { fields: smallTemplate() });
    const kind = await dispatch('audits.templates.save', { id: t.id, fields: smallTemplate({ kind: 'mystery' }) });
    expect(kind.ok ? null : kind.error.details?.['reason']).toBe('kind_fixed');
  });
});

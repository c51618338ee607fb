import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import { Sections, type Template, type TemplateFields, type TemplateSummary } from '../../../shared/schemas/audits.ts';
import { writeTransaction, type Change } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

interface TemplateRow {
  id: number;
  code: string;
  version: number;
  kind: Template['kind'];
  name_zh: string;
  name_en: string;
  sections: string;
  active: number;
  created_at: number;
  updated_at: number;
  current: number;
  results: number;
}

/** Every filter is a bound parameter that is NULL when unused. */
const SELECT = `
  SELECT t.*,
    (t.version = (SELECT max(version) FROM scorecard_templates o WHERE o.code = t.code)) AS current,
    (SELECT count(*) FROM audits a WHERE a.template_id = t.id)
      + (SELECT count(*) FROM mystery_visits v WHERE v.template_id = t.id) AS results
  FROM scorecard_templates t
  WHERE (@id IS NULL OR t.id = @id)
    AND (@kind IS NULL OR t.kind = @kind)
  ORDER BY t.kind, t.code, t.version DESC`;

function toTemplate(row: TemplateRow): Template {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    kind: row.kind,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    active: row.active === 1,
    sections: Sections.parse(JSON.parse(row.sections)),
    current: row.current === 1,
    results: row.results,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listTemplates(db: Db, filter: { kind?: Template['kind']; withOld?: boolean } = {}): TemplateSummary[] {
  const rows = db.prepare(SELECT).all({ id: null, kind: filter.kind ?? null }) as TemplateRow[];
  return rows
    .filter((r) => filter.withOld === true || r.current === 1)
    .map((r) => {
      const { sections, ...rest } = toTemplate(r);
      const items = sections.flatMap((s) => s.items);
      return {
        ...rest,
        sectionCount: sections.length,
        itemCount: items.length,
        criticalCount: items.filter((i) => i.critical !== 'none').length,
      };
    });
}

export function getTemplate(db: Db, id: number): Template {
  const row = db.prepare(SELECT).get({ id, kind: null }) as TemplateRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no scorecard template with id ${id}`, { id });
  return toTemplate(row);
}

/** Insert a template as version `version` of its code; used by saves and by the starter library. */
export function insertTemplate(db: Db, fields: TemplateFields, version: number, now: number): number {
  return Number(
    db
      .prepare(
        `INSERT INTO scorecard_templates (code, version, kind, name_zh, name_en, sections, active, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(fields.code, version, fields.kind, fields.nameZh, fields.nameEn, JSON.stringify(fields.sections), fields.active ? 1 : 0, now, now)
      .lastInsertRowid,
  );
}

function assertCodeFree(db: Db, code: string, exceptCode: string | null): void {
  if (code === exceptCode) return;
  if (db.prepare('SELECT 1 FROM scorecard_templates WHERE code = ?').get(code)) {
    throw new QmFailure('CONFLICT', `another template already has the code ${code}`, { field: 'code', code });
  }
}

/**
 * Create (no id) or edit a template. Editing the current version in place is allowed while nothing was scored on
 * it; once it has results, the edit becomes the next version and the scored one stays exactly as it was, so old
 * results keep showing their own version's score. Only the current version can be edited.
 */
export function saveTemplate(db: Db, actor: string, input: ParsedInput<'audits.templates.save'>, now = Date.now()): Template {
  const { fields } = input;
  return writeTransaction(db, actor, (record: (change: Change) => void) => {
    if (input.id === undefined) {
      assertCodeFree(db, fields.code, null);
      const id = insertTemplate(db, fields, 1, now);
      const after = getTemplate(db, id);
      record({ action: 'create', entity: 'scorecard_template', entityId: id, before: null, after });
      return after;
    }
    const before = getTemplate(db, input.id);
    if (!before.current) {
      throw new QmFailure('CONFLICT', `version ${before.version} of ${before.code} is not the current one`, { reason: 'old_version' });
    }
    if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) {
      throw new QmFailure('CONFLICT', 'the template changed since it was opened', { reason: 'stale' });
    }
    if (fields.kind !== before.kind) {
      throw new QmFailure('CONFLICT', 'a template keeps its kind (audit or mystery shop)', { reason: 'kind_fixed', field: 'kind' });
    }
    assertCodeFree(db, fields.code, before.code);
    // The code names the family of versions; renaming it would part the new version from the scored ones.
    if (fields.code !== before.code && (before.results > 0 || before.version > 1)) {
      throw new QmFailure('CONFLICT', 'a template with results keeps its code', { reason: 'code_fixed', field: 'code' });
    }
    if (before.results > 0) {
      const id = insertTemplate(db, fields, before.version + 1, now);
      const after = getTemplate(db, id);
      record({ action: 'create', entity: 'scorecard_template', entityId: id, before, after });
      return after;
    }
    db.prepare(
      `UPDATE scorecard_templates SET code = ?, name_zh = ?, name_en = ?, sections = ?, active = ?, updated_at = ? WHERE id = ?`,
    ).run(fields.code, fields.nameZh, fields.nameEn, JSON.stringify(fields.sections), fields.active ? 1 : 0, now, input.id);
    const after = getTemplate(db, input.id);
    record({ action: 'update', entity: 'scorecard_template', entityId: input.id, before, after });
    return after;
  });
}

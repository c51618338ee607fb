import type { ParsedInput } from '../../../shared/api.ts';
import { QmFailure } from '../../../shared/errors.ts';
import type { Programme, Scenario, Wave } from '../../../shared/schemas/mystery.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';

interface WaveRow {
  id: number;
  programme_id: number;
  name: string;
  starts_on: string;
  ends_on: string;
  outlets: string | null;
  visits: number;
  published: number;
}

const WAVES = `
  SELECT w.*,
    (SELECT group_concat(o.outlet_id) FROM mystery_wave_outlets o WHERE o.wave_id = w.id) AS outlets,
    (SELECT count(*) FROM mystery_visits v WHERE v.wave_id = w.id) AS visits,
    (SELECT count(*) FROM mystery_visits v WHERE v.wave_id = w.id AND v.status = 'published') AS published
  FROM mystery_waves w
  WHERE (@programmeId IS NULL OR w.programme_id = @programmeId) AND (@id IS NULL OR w.id = @id)
  ORDER BY w.starts_on, w.id`;

const toWave = (r: WaveRow): Wave => ({
  id: r.id,
  programmeId: r.programme_id,
  name: r.name,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  outletIds: r.outlets ? r.outlets.split(',').map(Number).sort((a, b) => a - b) : [],
  visits: r.visits,
  published: r.published,
});

export function getWave(db: Db, id: number): Wave {
  const row = db.prepare(WAVES).get({ programmeId: null, id }) as WaveRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no wave with id ${id}`, { id });
  return toWave(row);
}

/** The wave of the same programme that starts just before this one; null for the first wave. */
export function previousWave(db: Db, wave: Wave): Wave | null {
  const waves = (db.prepare(WAVES).all({ programmeId: wave.programmeId, id: null }) as WaveRow[]).map(toWave);
  const at = waves.findIndex((w) => w.id === wave.id);
  return at > 0 ? waves[at - 1]! : null;
}

export function programmeWaves(db: Db, programmeId: number): Wave[] {
  return (db.prepare(WAVES).all({ programmeId, id: null }) as WaveRow[]).map(toWave);
}

/** The current version of a mystery-shop template code, or null. */
export function currentTemplateId(db: Db, code: string): number | null {
  const row = db
    .prepare(`SELECT id FROM scorecard_templates WHERE code = ? AND kind = 'mystery' ORDER BY version DESC LIMIT 1`)
    .get(code) as { id: number } | undefined;
  return row?.id ?? null;
}

export function listProgrammes(db: Db): Programme[] {
  const rows = db.prepare('SELECT id, name, template_code FROM mystery_programmes ORDER BY name').all() as {
    id: number;
    name: string;
    template_code: string;
  }[];
  const scenarios = db.prepare('SELECT id, programme_id, name, description FROM mystery_scenarios WHERE programme_id = ? ORDER BY name');
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    templateCode: r.template_code,
    templateId: currentTemplateId(db, r.template_code),
    waves: programmeWaves(db, r.id),
    scenarios: (scenarios.all(r.id) as { id: number; programme_id: number; name: string; description: string }[]).map(
      (s): Scenario => ({ id: s.id, programmeId: s.programme_id, name: s.name, description: s.description }),
    ),
  }));
}

const getProgramme = (db: Db, id: number): Programme => {
  const found = listProgrammes(db).find((p) => p.id === id);
  if (!found) throw new QmFailure('NOT_FOUND', `no programme with id ${id}`, { id });
  return found;
};

const isUnique = (err: unknown): boolean => (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/** Create (no id) or rename a programme; its questionnaire must be a mystery-shop template. */
export function saveProgramme(db: Db, actor: string, input: ParsedInput<'mystery.programmes.save'>, now = Date.now()): Programme {
  return writeTransaction(db, actor, (record) => {
    const { name, templateCode } = input.fields;
    if (currentTemplateId(db, templateCode) === null) {
      throw new QmFailure('INVALID_INPUT', `no mystery-shop template with code ${templateCode}`, { reason: 'no_template', field: 'templateCode' });
    }
    const before = input.id === undefined ? null : getProgramme(db, input.id);
    try {
      if (before === null) {
        const id = Number(
          db.prepare('INSERT INTO mystery_programmes (name, template_code, created_at, updated_at) VALUES (?, ?, ?, ?)').run(name, templateCode, now, now)
            .lastInsertRowid,
        );
        const after = getProgramme(db, id);
        record({ action: 'create', entity: 'mystery_programme', entityId: id, before: null, after });
        return after;
      }
      db.prepare('UPDATE mystery_programmes SET name = ?, template_code = ?, updated_at = ? WHERE id = ?').run(name, templateCode, now, before.id);
    } catch (err) {
      if (isUnique(err)) throw new QmFailure('CONFLICT', `a programme named ${name} exists`, { reason: 'name_taken', field: 'name' });
      throw err;
    }
    const after = getProgramme(db, before.id);
    record({ action: 'update', entity: 'mystery_programme', entityId: before.id, before, after });
    return after;
  });
}

/** Create (no id) or edit a wave and the outlets it covers; an outlet with visits in the wave stays in it. */
export function saveWave(db: Db, actor: string, input: ParsedInput<'mystery.waves.save'>, now = Date.now()): Wave {
  return writeTransaction(db, actor, (record) => {
    const f = input.fields;
    getProgramme(db, f.programmeId);
    const known = db.prepare('SELECT count(*) AS n FROM outlets WHERE id IN (SELECT value FROM json_each(?))').get(JSON.stringify(f.outletIds)) as { n: number };
    if (known.n !== new Set(f.outletIds).size) throw new QmFailure('NOT_FOUND', 'an outlet of the wave does not exist', { reason: 'no_outlet' });
    const before = input.id === undefined ? null : getWave(db, input.id);
    if (before && before.programmeId !== f.programmeId) throw new QmFailure('CONFLICT', 'a wave stays in its programme', { reason: 'programme_fixed' });
    let id = before?.id ?? 0;
    try {
      if (before === null) {
        id = Number(
          db.prepare('INSERT INTO mystery_waves (programme_id, name, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?)')
            .run(f.programmeId, f.name, f.startsOn, f.endsOn, now).lastInsertRowid,
        );
      } else {
        db.prepare('UPDATE mystery_waves SET name = ?, starts_on = ?, ends_on = ? WHERE id = ?').run(f.name, f.startsOn, f.endsOn, id);
      }
    } catch (err) {
      if (isUnique(err)) throw new QmFailure('CONFLICT', `the programme has a wave named ${f.name}`, { reason: 'name_taken', field: 'name' });
      throw err;
    }
    const visited = db.prepare('SELECT DISTINCT outlet_id AS id FROM mystery_visits WHERE wave_id = ?').all(id) as { id: number }[];
    const dropped = visited.filter((v) => !f.outletIds.includes(v.id));
    if (dropped.length > 0) throw new QmFailure('CONFLICT', 'an outlet with visits stays in the wave', { reason: 'outlet_visited' });
    db.prepare('DELETE FROM mystery_wave_outlets WHERE wave_id = ?').run(id);
    const insert = db.prepare('INSERT INTO mystery_wave_outlets (wave_id, outlet_id) VALUES (?, ?)');
    for (const outletId of new Set(f.outletIds)) insert.run(id, outletId);
    const after = getWave(db, id);
    record({ action: before ? 'update' : 'create', entity: 'mystery_wave', entityId: id, before, after });
    return after;
  });
}

export function saveScenario(db: Db, actor: string, input: ParsedInput<'mystery.scenarios.save'>): Scenario {
  return writeTransaction(db, actor, (record) => {
    getProgramme(db, input.programmeId);
    try {
      const id = Number(
        db.prepare('INSERT INTO mystery_scenarios (programme_id, name, description) VALUES (?, ?, ?)').run(input.programmeId, input.name, input.description)
          .lastInsertRowid,
      );
      const after: Scenario = { id, programmeId: input.programmeId, name: input.name, description: input.description };
      record({ action: 'create', entity: 'mystery_scenario', entityId: id, before: null, after });
      return after;
    } catch (err) {
      if (isUnique(err)) throw new QmFailure('CONFLICT', `the programme has a scenario named ${input.name}`, { reason: 'name_taken', field: 'name' });
      throw err;
    }
  });
}

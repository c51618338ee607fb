import { itemRatio, FAIL_BELOW } from '../../../shared/domain/scorecard.ts';
import { Answers, type Template } from '../../../shared/schemas/audits.ts';
import type { ItemStanding, OutletTrend, SectionHeat } from '../../../shared/schemas/mystery.ts';
import { getTemplate } from '../audits/templates.ts';
import type { Db } from '../db/open.ts';
import { getWave, programmeWaves } from './programmes.ts';

const round = (n: number): number => Math.round(n * 100) / 100;

interface PublishedVisit {
  outlet_id: number;
  outlet_name: string;
  template_id: number;
  answers: string;
  sections: string;
}

const published = (db: Db, waveId: number): PublishedVisit[] =>
  db
    .prepare(
      `SELECT v.outlet_id, o.name AS outlet_name, v.template_id, v.answers, v.sections
       FROM mystery_visits v JOIN outlets o ON o.id = v.outlet_id
       WHERE v.wave_id = ? AND v.status = 'published'
       ORDER BY o.code, v.id`,
    )
    .all(waveId) as PublishedVisit[];

/** Templates by id, read once per call (a wave's visits share one or two versions). */
function templates(db: Db): (id: number) => Template {
  const cache = new Map<number, Template>();
  return (id) => {
    let t = cache.get(id);
    if (!t) cache.set(id, (t = getTemplate(db, id)));
    return t;
  };
}

/**
 * Mean section score per outlet and section over a wave's published visits. Sections are those of the newest
 * version used in the wave; keys are stable across versions, so older visits land in the same columns.
 */
export function sectionHeat(db: Db, waveId: number): SectionHeat {
  getWave(db, waveId);
  const visits = published(db, waveId);
  if (visits.length === 0) return { sections: [], outlets: [], cells: [] };
  const template = templates(db)(Math.max(...visits.map((v) => v.template_id)));
  const sections = template.sections.map((s) => ({ key: s.key, labelZh: s.labelZh, labelEn: s.labelEn }));
  const outlets: { id: number; name: string }[] = [];
  const sums = new Map<string, { sum: number; n: number }>();
  for (const v of visits) {
    if (!outlets.some((o) => o.id === v.outlet_id)) outlets.push({ id: v.outlet_id, name: v.outlet_name });
    const scores = JSON.parse(v.sections) as Record<string, number | null>;
    for (const [key, score] of Object.entries(scores)) {
      if (score === null) continue;
      const cell = sums.get(`${v.outlet_id}:${key}`) ?? { sum: 0, n: 0 };
      cell.sum += score;
      cell.n++;
      sums.set(`${v.outlet_id}:${key}`, cell);
    }
  }
  const cells: [number, number, number][] = [];
  outlets.forEach((o, oi) =>
    sections.forEach((s, si) => {
      const c = sums.get(`${o.id}:${s.key}`);
      if (c) cells.push([oi, si, round(c.sum / c.n)]);
    }),
  );
  return { sections, outlets, cells };
}

/** Mean published score of each outlet in each wave of the programme, waves in date order. */
export function outletTrend(db: Db, programmeId: number): OutletTrend {
  const waves = programmeWaves(db, programmeId);
  const rows = db
    .prepare(
      `SELECT v.wave_id, o.id, o.name, avg(v.score) AS score
       FROM mystery_visits v JOIN mystery_waves w ON w.id = v.wave_id JOIN outlets o ON o.id = v.outlet_id
       WHERE w.programme_id = ? AND v.status = 'published' AND v.score IS NOT NULL
       GROUP BY v.wave_id, o.id
       ORDER BY o.code`,
    )
    .all(programmeId) as { wave_id: number; id: number; name: string; score: number }[];
  const outlets = new Map<number, { id: number; name: string; scores: (number | null)[] }>();
  for (const r of rows) {
    const o = outlets.get(r.id) ?? { id: r.id, name: r.name, scores: waves.map(() => null) };
    o.scores[waves.findIndex((w) => w.id === r.wave_id)] = round(r.score);
    outlets.set(r.id, o);
  }
  return { waves: waves.map((w) => ({ id: w.id, name: w.name })), outlets: [...outlets.values()] };
}

/** Every item of the wave's published visits with its mean (0–100) and failures, best first. */
export function itemStandings(db: Db, waveId: number): ItemStanding[] {
  getWave(db, waveId);
  const template = templates(db);
  const acc = new Map<string, ItemStanding & { sum: number }>();
  for (const v of published(db, waveId)) {
    const answers = Answers.parse(JSON.parse(v.answers));
    for (const section of template(v.template_id).sections) {
      for (const item of section.items) {
        const ratio = itemRatio(item, answers[item.key]);
        if (ratio === null) continue;
        const a = acc.get(item.key) ?? { key: item.key, sectionKey: section.key, labelZh: item.labelZh, labelEn: item.labelEn, average: 0, scored: 0, failures: 0, sum: 0 };
        a.sum += ratio;
        a.scored++;
        if (ratio < FAIL_BELOW) a.failures++;
        acc.set(item.key, a);
      }
    }
  }
  return [...acc.values()]
    .map(({ sum, ...a }) => ({ ...a, average: round((sum / a.scored) * 100) }))
    .sort((a, b) => b.average - a.average || a.failures - b.failures || a.key.localeCompare(b.key));
}

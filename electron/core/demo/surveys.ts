import { CHANNELS } from '../../../shared/domain/enums.ts';
import { SERVQUAL_DIMENSIONS, SERVQUAL_ITEMS, SERVQUAL_SCALE } from '../../../shared/domain/servqual.ts';
import type { Db } from '../db/open.ts';
import { localDate, type Period } from './calendar.ts';
import type { Org } from './org.ts';
import { Rng } from './rng.ts';

/** Its own random stream, so adding surveys leaves the tickets and training of a seed as they were. */
const STREAM_SURVEYS = 8;
/** Walk-in CSAT/NPS/CES questionnaires per outlet and month, and SERVQUAL questionnaires per outlet and quarter. */
const WALK_IN_PER_MONTH = 20;
const SERVQUAL_PER_QUARTER = 15;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Math.round(v)));

/**
 * Surveys of the demo year, in one transaction: the answer behind every ticket's satisfaction callback (one
 * INSERT … SELECT, dated on the callback or closing day), walk-in questionnaires at each outlet, and quarterly
 * SERVQUAL waves in which each outlet has its own shortfalls — reliability and responsiveness trail expectations
 * most, as they usually do in after-sales service — so the radar and the gaps differ between outlets.
 */
export function writeSurveyDemo(db: Db, org: Org, period: Period, seed: number): void {
  const rng = new Rng(seed, STREAM_SURVEYS);
  const now = period.end;
  db.function('demo_local_date', { deterministic: true }, (ms: unknown) => localDate(Number(ms)));
  db.transaction(() => {
    db.prepare(
      `INSERT INTO survey_responses (ticket_id, outlet_id, channel, responded_on, csat, nps, ces, comment, source, created_at)
       SELECT id, outlet_id, channel, demo_local_date(coalesce(callback_at, closed_at, resolved_at, created_at)), csat, nps, ces, '', 'demo', ?
       FROM tickets WHERE csat IS NOT NULL OR nps IS NOT NULL OR ces IS NOT NULL`,
    ).run(now);
    writeWalkIns(db, org, period, rng, now);
    writeServqual(db, org, period, rng, now);
  })();
}

function writeWalkIns(db: Db, org: Org, period: Period, rng: Rng, now: number): void {
  const insert = db.prepare(
    `INSERT INTO survey_responses (ticket_id, outlet_id, channel, responded_on, csat, nps, ces, comment, source, created_at)
     VALUES (NULL, ?, ?, ?, ?, ?, ?, '', 'demo', ?)`,
  );
  const walkIn = CHANNELS.indexOf('walk_in');
  const months = new Map<string, number[]>();
  for (const day of period.days) {
    const key = localDate(day.start).slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), day.start]);
  }
  for (const outlet of org.outlets) {
    const mood = rng.normal() * 0.4; // some outlets please their walk-in customers more than others
    for (const days of months.values()) {
      for (let i = 0; i < WALK_IN_PER_MONTH; i++) {
        const satisfaction = 0.35 + mood + rng.normal() * 0.9;
        insert.run(
          outlet.id,
          CHANNELS[walkIn]!,
          localDate(rng.pick(days)),
          clamp(4.1 + satisfaction, 1, 5),
          rng.chance(0.85) ? clamp(7.6 + satisfaction * 1.8, 0, 10) : null,
          // CES 2.0 agreement scale as the tickets store it: 7 = "it was very easy".
          rng.chance(0.6) ? clamp(5.2 + satisfaction * 1.2, 1, 7) : null,
          now,
        );
      }
    }
  }
}

function writeServqual(db: Db, org: Org, period: Period, rng: Rng, now: number): void {
  const head = db.prepare("INSERT INTO servqual_responses (outlet_id, responded_on, respondent, source, created_at) VALUES (?, ?, '', 'demo', ?)");
  const score = db.prepare('INSERT INTO servqual_scores (response_id, item, expectation, perception) VALUES (?, ?, ?, ?)');
  const typicalShortfall: Record<(typeof SERVQUAL_DIMENSIONS)[number], number> = {
    tangibles: 0.3,
    reliability: 1.1,
    responsiveness: 1.0,
    assurance: 0.5,
    empathy: 0.7,
  };
  // Waves in the middle month of each quarter of the demo year.
  const waves = period.days.filter((d, i) => i % 91 === 45).map((d) => d.start);
  for (const outlet of org.outlets) {
    const shortfall = Object.fromEntries(
      SERVQUAL_DIMENSIONS.map((dim) => [dim, typicalShortfall[dim] + rng.normal() * 0.45]),
    ) as Record<(typeof SERVQUAL_DIMENSIONS)[number], number>;
    for (const [wave, start] of waves.entries()) {
      const improvement = wave * 0.1; // each wave a little better: the PDCA work shows
      for (let i = 0; i < SERVQUAL_PER_QUARTER; i++) {
        const day = localDate(start + rng.int(10) * 86_400_000);
        const id = Number(head.run(outlet.id, day, now).lastInsertRowid);
        const strictness = rng.normal() * 0.4;
        for (const { item, dimension } of SERVQUAL_ITEMS) {
          const expectation = clamp(6.1 + strictness + rng.normal() * 0.6, SERVQUAL_SCALE.min, SERVQUAL_SCALE.max);
          const perception = clamp(expectation - shortfall[dimension] + improvement + rng.normal() * 0.8, SERVQUAL_SCALE.min, SERVQUAL_SCALE.max);
          score.run(id, item, expectation, perception);
        }
      }
    }
  }
}

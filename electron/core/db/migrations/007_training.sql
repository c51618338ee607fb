-- Improvement plans for low performers (seeds 000, 001): goals at 30, 60 and 90 days, a mentor, dated check-ins
-- with notes, and an outcome when the plan closes.

CREATE TABLE training_plans (
  id          INTEGER PRIMARY KEY,
  staff_id    INTEGER NOT NULL REFERENCES staff (id),
  mentor_id   INTEGER REFERENCES staff (id),
  reason      TEXT NOT NULL,
  start_on    TEXT NOT NULL,
  -- NULL while the plan runs.
  outcome     TEXT CHECK (outcome IS NULL OR outcome IN ('met', 'extended', 'not_met')),
  outcome_note TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  CHECK (mentor_id IS NULL OR mentor_id <> staff_id)
) STRICT;
CREATE INDEX training_plans_staff ON training_plans (staff_id, start_on);

CREATE TABLE training_plan_goals (
  plan_id  INTEGER NOT NULL REFERENCES training_plans (id) ON DELETE CASCADE,
  day      INTEGER NOT NULL CHECK (day IN (30, 60, 90)),
  goal     TEXT NOT NULL,
  -- NULL until reviewed at that milestone.
  met      INTEGER CHECK (met IS NULL OR met IN (0, 1)),
  PRIMARY KEY (plan_id, day)
) STRICT;

CREATE TABLE training_plan_checkins (
  id         INTEGER PRIMARY KEY,
  plan_id    INTEGER NOT NULL REFERENCES training_plans (id) ON DELETE CASCADE,
  on_date    TEXT NOT NULL,
  note       TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL
) STRICT;
CREATE INDEX training_plan_checkins_plan ON training_plan_checkins (plan_id, on_date);

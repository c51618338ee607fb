-- Improvement loop: PDCA cycles with their execution log, root-cause worksheets (fishbone, 5-Why) and the one
-- actions list that cycles, worksheets and, later, audits and alerts share.
-- Times are INTEGER epoch milliseconds (UTC); calendar dates a person picks (start, due) are local YYYY-MM-DD text.

CREATE TABLE pdca_cycles (
  id                INTEGER PRIMARY KEY,
  title             TEXT NOT NULL,
  problem           TEXT NOT NULL DEFAULT '',
  phase             TEXT NOT NULL DEFAULT 'plan' CHECK (phase IN ('plan', 'do', 'check', 'act', 'closed')),
  scope_kind        TEXT NOT NULL DEFAULT 'organisation' CHECK (scope_kind IN ('organisation', 'outlet', 'team', 'category')),
  scope_id          INTEGER,
  owner_id          INTEGER REFERENCES staff (id),
  start_on          TEXT,
  due_on            TEXT,
  kpi_id            TEXT,
  baseline          REAL,
  baseline_period   TEXT NOT NULL DEFAULT '',
  target            REAL,
  goal              TEXT NOT NULL DEFAULT '',
  verdict           TEXT CHECK (verdict IS NULL OR verdict IN ('effective', 'partly', 'not_effective')),
  check_note        TEXT NOT NULL DEFAULT '',
  standard_change   TEXT NOT NULL DEFAULT '',
  lessons           TEXT NOT NULL DEFAULT '',
  -- The cycle this one continues (Act: "start the next cycle").
  previous_id       INTEGER REFERENCES pdca_cycles (id),
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  CHECK ((scope_kind = 'organisation') = (scope_id IS NULL))
) STRICT;
CREATE INDEX pdca_cycles_previous ON pdca_cycles (previous_id);

-- Do: what the team did, day by day.
CREATE TABLE pdca_log (
  id         INTEGER PRIMARY KEY,
  cycle_id   INTEGER NOT NULL REFERENCES pdca_cycles (id),
  on_date    TEXT NOT NULL,
  note       TEXT NOT NULL,
  actor      TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX pdca_log_cycle ON pdca_log (cycle_id, on_date);

-- Fishbone and 5-Why worksheets. The diagram or chain is one JSON document (validated by the contract's schema),
-- saved whole with a revision number so two editors never overwrite each other silently.
CREATE TABLE rca_worksheets (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('fishbone', 'five_why')),
  title      TEXT NOT NULL,
  problem    TEXT NOT NULL DEFAULT '',
  cycle_id   INTEGER REFERENCES pdca_cycles (id),
  content    TEXT NOT NULL CHECK (json_valid(content)),
  revision   INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX rca_worksheets_cycle ON rca_worksheets (cycle_id);

-- One list of corrective, preventive and improvement actions. source_* says where an action came from
-- (source_ref: the countermeasure inside a worksheet); cycle_id is the PDCA plan it belongs to, if any.
CREATE TABLE actions (
  id           INTEGER PRIMARY KEY,
  title        TEXT NOT NULL,
  detail       TEXT NOT NULL DEFAULT '',
  kind         TEXT NOT NULL DEFAULT 'corrective' CHECK (kind IN ('corrective', 'preventive', 'improvement')),
  owner_id     INTEGER REFERENCES staff (id),
  due_on       TEXT,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
  completed_at INTEGER,
  cycle_id     INTEGER REFERENCES pdca_cycles (id),
  source_kind  TEXT NOT NULL DEFAULT 'manual'
               CHECK (source_kind IN ('manual', 'pdca', 'fishbone', 'five_why', 'audit', 'mystery', 'alert')),
  source_id    INTEGER,
  source_ref   TEXT,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  CHECK ((status = 'done') = (completed_at IS NOT NULL))
) STRICT;
CREATE INDEX actions_cycle ON actions (cycle_id);
CREATE INDEX actions_source ON actions (source_kind, source_id);
CREATE INDEX actions_status_due ON actions (status, due_on);

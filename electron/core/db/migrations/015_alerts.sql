-- Alert rules over the KPI catalog and the alerts they raise (electron/core/alerts).
-- A rule watches one KPI for one scope, or for every member of a dimension (scope_key '' with a dimension other
-- than 'org': every outlet, team, channel...). An alert is one breach episode of one rule and scope: it stays open
-- (new, then acknowledged) while the condition holds and is resolved, never deleted, once it clears.

CREATE TABLE alert_rules (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL DEFAULT '',
  kpi          TEXT NOT NULL,
  scope_dim    TEXT NOT NULL CHECK (scope_dim IN ('org', 'outlet', 'team', 'agent', 'channel', 'category', 'segment')),
  scope_key    TEXT NOT NULL DEFAULT '',
  grain        TEXT NOT NULL CHECK (grain IN ('day', 'week', 'month')),
  comparator   TEXT NOT NULL CHECK (comparator IN ('above', 'below')),
  -- value: threshold is the limit; benchmark: threshold is the benchmark; target / org: no threshold.
  reference    TEXT NOT NULL CHECK (reference IN ('value', 'target', 'benchmark', 'org')),
  threshold    REAL,
  margin_pct   REAL NOT NULL DEFAULT 0 CHECK (margin_pct >= 0),
  consecutive  INTEGER NOT NULL DEFAULT 1 CHECK (consecutive BETWEEN 1 AND 31),
  min_n        INTEGER NOT NULL DEFAULT 1 CHECK (min_n >= 1),
  enabled      INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  CHECK ((reference IN ('value', 'benchmark')) = (threshold IS NOT NULL)),
  CHECK (scope_dim <> 'org' OR scope_key = '')
) STRICT;

-- rule: the rule's fields when the alert was last evaluated (JSON), so an alert still reads after its rule is
-- edited or deleted. periods: the figures of the periods that breached, per period (JSON array).
-- The links point at the follow-up opened from the alert; deleting that record only drops the link.
CREATE TABLE alerts (
  id              INTEGER PRIMARY KEY,
  rule_id         INTEGER REFERENCES alert_rules (id) ON DELETE SET NULL,
  rule            TEXT NOT NULL CHECK (json_valid(rule)),
  scope_dim       TEXT NOT NULL,
  scope_key       TEXT NOT NULL,
  state           TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'acknowledged', 'resolved')),
  first_period    TEXT NOT NULL,
  last_period     TEXT NOT NULL,
  periods         TEXT NOT NULL CHECK (json_valid(periods)),
  raised_at       INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  acknowledged_at INTEGER,
  resolved_at     INTEGER,
  worksheet_id    INTEGER REFERENCES rca_worksheets (id) ON DELETE SET NULL,
  cycle_id        INTEGER REFERENCES pdca_cycles (id) ON DELETE SET NULL,
  action_id       INTEGER REFERENCES actions (id) ON DELETE SET NULL,
  CHECK ((state = 'resolved') = (resolved_at IS NOT NULL))
) STRICT;
-- At most one open episode per rule and scope: re-evaluation updates it instead of raising a duplicate.
CREATE UNIQUE INDEX alerts_open_episode ON alerts (rule_id, scope_dim, scope_key) WHERE state <> 'resolved';
CREATE INDEX alerts_state ON alerts (state, raised_at);
CREATE INDEX alerts_worksheet ON alerts (worksheet_id);
CREATE INDEX alerts_cycle ON alerts (cycle_id);
CREATE INDEX alerts_action ON alerts (action_id);

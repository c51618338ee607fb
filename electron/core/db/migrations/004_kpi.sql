-- KPI area: targets overridable per scope, and a daily rollup of the ticket KPIs' additive facts that keeps the
-- dashboard instant on a million tickets. The rollup is derived data: it can be dropped and rebuilt at any time
-- from the tickets (electron/core/kpi/rollup.ts).

-- A target set for the whole organisation (scope_dim 'org', scope_key '') or for one outlet, team, agent, channel,
-- category or customer segment. No row = the catalog's default (shared/domain/kpi-catalog.ts).
CREATE TABLE kpi_targets (
  kpi        TEXT NOT NULL,
  scope_dim  TEXT NOT NULL CHECK (scope_dim IN ('org', 'outlet', 'team', 'agent', 'channel', 'category', 'segment')),
  scope_key  TEXT NOT NULL,
  target     REAL NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (kpi, scope_dim, scope_key)
) STRICT, WITHOUT ROWID;

-- One row per dimension value, local day (days since 1970-01-01 in the workspace's zone) and severity tier.
--   dim 'org' (key ''), 'outlet', 'team', 'channel', 'category' (the ticket's own category), 'category_group' (its
--   top-level category), 'segment'. Agents are many and each has few tickets: their KPIs are read from the tickets.
--   fr_hist / res_hist: first-response minutes and resolution tenths of an hour as (value, count) int32 pairs, for
--   medians (electron/core/kpi/histogram.ts).
CREATE TABLE kpi_rollup (
  dim                TEXT NOT NULL,
  key                TEXT NOT NULL,
  day                INTEGER NOT NULL,
  tier               INTEGER NOT NULL,
  n                  INTEGER NOT NULL,
  complaints         INTEGER NOT NULL,
  repeat_complaints  INTEGER NOT NULL,
  fr_n               INTEGER NOT NULL,
  fr_sum_min         REAL NOT NULL,
  res_n              INTEGER NOT NULL,
  res_sum_h          REAL NOT NULL,
  fcr_n              INTEGER NOT NULL,
  fcr_yes            INTEGER NOT NULL,
  reopened           INTEGER NOT NULL,
  callback_ok        INTEGER NOT NULL,
  sla_resp_n         INTEGER NOT NULL,
  sla_resp_met       INTEGER NOT NULL,
  sla_res_n          INTEGER NOT NULL,
  sla_res_met        INTEGER NOT NULL,
  csat_n             INTEGER NOT NULL,
  csat_sum           INTEGER NOT NULL,
  csat_top           INTEGER NOT NULL,
  nps_n              INTEGER NOT NULL,
  nps_pro            INTEGER NOT NULL,
  nps_det            INTEGER NOT NULL,
  ces_n              INTEGER NOT NULL,
  ces_sum            INTEGER NOT NULL,
  fr_hist            BLOB NOT NULL,
  res_hist           BLOB NOT NULL,
  PRIMARY KEY (dim, key, day, tier)
) STRICT, WITHOUT ROWID;
CREATE INDEX kpi_rollup_day ON kpi_rollup (day);

-- Zone the rollup's days were cut in, and whether it is complete. A change of zone, or built = 0, rebuilds it.
CREATE TABLE kpi_rollup_state (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  time_zone TEXT,
  built     INTEGER NOT NULL CHECK (built IN (0, 1))
) STRICT;
INSERT INTO kpi_rollup_state (id, time_zone, built) VALUES (1, NULL, 0);

-- Quarter hours (created_at / 900000) whose tickets changed since the rollup was last brought up to date: only
-- their days are aggregated again. Every real zone's offset is a multiple of 15 minutes, so a quarter hour lies
-- within one local day. Triggers cost one tiny insert per written ticket, also in bulk imports.
CREATE TABLE kpi_dirty (
  slot INTEGER PRIMARY KEY
) STRICT;

CREATE TRIGGER kpi_ticket_inserted AFTER INSERT ON tickets
BEGIN
  INSERT OR IGNORE INTO kpi_dirty (slot) VALUES (new.created_at / 900000);
END;
CREATE TRIGGER kpi_ticket_deleted AFTER DELETE ON tickets
BEGIN
  INSERT OR IGNORE INTO kpi_dirty (slot) VALUES (old.created_at / 900000);
END;
CREATE TRIGGER kpi_ticket_updated AFTER UPDATE OF
  created_at, tier, type, outlet_id, team_id, channel, category_id, customer_id, first_response_at, resolved_at,
  reopen_count, fcr, callback_at, csat, nps, ces, repeat_of_id, response_breached, resolution_breached ON tickets
BEGIN
  INSERT OR IGNORE INTO kpi_dirty (slot) VALUES (old.created_at / 900000);
  INSERT OR IGNORE INTO kpi_dirty (slot) VALUES (new.created_at / 900000);
END;
-- A customer changing segment or a category moving in the tree regroups tickets of any day: rebuild everything.
CREATE TRIGGER kpi_customer_segment AFTER UPDATE OF segment ON customers
BEGIN
  UPDATE kpi_rollup_state SET built = 0 WHERE id = 1;
END;
CREATE TRIGGER kpi_category_parent AFTER UPDATE OF parent_id ON categories
BEGIN
  UPDATE kpi_rollup_state SET built = 0 WHERE id = 1;
END;

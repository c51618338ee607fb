-- The weights of the outlet league table on the dashboard (one row per component KPI). No rows: the defaults of
-- shared/domain/kpi-league.ts apply; saving writes every component, resetting deletes them all.
CREATE TABLE kpi_league_weights (
  kpi        TEXT PRIMARY KEY,
  weight     REAL NOT NULL CHECK (weight >= 0 AND weight <= 100),
  updated_at INTEGER NOT NULL
) STRICT;

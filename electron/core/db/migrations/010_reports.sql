-- Report files generated from the workspace: what was asked for and where the files went, so the reports screen can
-- list them and open their folder. The files themselves live outside the workspace, where the user chose.

CREATE TABLE report_runs (
  id         INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('monthly', 'halfyear', 'custom')),
  period     TEXT NOT NULL,
  scope_dim  TEXT NOT NULL,
  scope_key  TEXT NOT NULL,
  language   TEXT NOT NULL,
  mask       INTEGER NOT NULL CHECK (mask IN (0, 1)),
  -- [{format, path, bytes}]
  files      TEXT NOT NULL CHECK (json_valid(files)),
  seconds    REAL NOT NULL,
  actor      TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX report_runs_created ON report_runs (created_at);

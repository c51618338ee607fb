-- Calibration: several auditors score the same record on the same template version, blind to each other until the
-- session is revealed. Kept apart from `audits`, so calibration scores never reach agent scores, samples, the item
-- Pareto or KPIs (those read `audits` only). Times are INTEGER epoch milliseconds (UTC).
CREATE TABLE calibration_sessions (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL,
  template_id INTEGER NOT NULL REFERENCES scorecard_templates (id),
  ticket_id   INTEGER NOT NULL REFERENCES tickets (id),
  -- Local YYYY-MM of creation in the workspace's time zone: the auditor view sets it beside that month's audits.
  month       TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'revealed')),
  created_by  TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  revealed_at INTEGER,
  CHECK ((status = 'revealed') = (revealed_at IS NOT NULL))
) STRICT;
CREATE INDEX calibration_sessions_template ON calibration_sessions (template_id);

-- One row per named auditor; answers stay '{}' until the auditor saves. Only a submitted entry counts in results.
CREATE TABLE calibration_entries (
  session_id   INTEGER NOT NULL REFERENCES calibration_sessions (id) ON DELETE CASCADE,
  auditor      TEXT NOT NULL CHECK (length(auditor) BETWEEN 1 AND 100),
  answers      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers)),
  score        REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
  submitted_at INTEGER,
  updated_at   INTEGER NOT NULL,
  PRIMARY KEY (session_id, auditor)
) STRICT;

-- Actions are closed only after an effectiveness check, and audits, PDCA log entries, actions and mystery-shop
-- visits carry evidence files stored inside the workspace (so backups and restores take them along).

-- 'done' stays "implemented"; 'closed' is "implemented and verified effective". The status CHECK lists the
-- statuses, so the table is rebuilt (nothing references actions, so no foreign key needs to be switched off).
CREATE TABLE actions_new (
  id           INTEGER PRIMARY KEY,
  title        TEXT NOT NULL,
  detail       TEXT NOT NULL DEFAULT '',
  kind         TEXT NOT NULL DEFAULT 'corrective' CHECK (kind IN ('corrective', 'preventive', 'improvement')),
  owner_id     INTEGER REFERENCES staff (id),
  due_on       TEXT,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'closed', 'cancelled')),
  completed_at INTEGER,
  cycle_id     INTEGER REFERENCES pdca_cycles (id),
  source_kind  TEXT NOT NULL DEFAULT 'manual'
               CHECK (source_kind IN ('manual', 'pdca', 'fishbone', 'five_why', 'audit', 'mystery', 'alert')),
  source_id    INTEGER,
  source_ref   TEXT,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  CHECK ((status IN ('done', 'closed')) = (completed_at IS NOT NULL))
) STRICT;
INSERT INTO actions_new SELECT id, title, detail, kind, owner_id, due_on, status, completed_at, cycle_id, source_kind,
  source_id, source_ref, created_at, updated_at FROM actions;
DROP TABLE actions;
ALTER TABLE actions_new RENAME TO actions;
CREATE INDEX actions_cycle ON actions (cycle_id);
CREATE INDEX actions_source ON actions (source_kind, source_id);
CREATE INDEX actions_status_due ON actions (status, due_on);

-- The effectiveness check of an action (one per action; recording it again replaces it). Method 'reaudit': a later
-- submitted audit of the same agent, scores of both audits copied at the time of the check. Method 'kpi': a KPI in a
-- scope, before and after the given day, values computed by the KPI engine at the time of the check.
CREATE TABLE action_checks (
  action_id     INTEGER PRIMARY KEY REFERENCES actions (id) ON DELETE CASCADE,
  method        TEXT NOT NULL CHECK (method IN ('reaudit', 'kpi')),
  audit_id      INTEGER REFERENCES audits (id),
  reaudit_id    INTEGER REFERENCES audits (id),
  kpi_id        TEXT,
  scope_dim     TEXT,
  scope_key     TEXT,
  before_from   TEXT,
  before_to     TEXT,
  after_from    TEXT,
  after_to      TEXT,
  before_value  REAL,
  after_value   REAL,
  verdict       TEXT NOT NULL CHECK (verdict IN ('effective', 'not_effective')),
  note          TEXT NOT NULL,
  actor         TEXT NOT NULL,
  checked_at    INTEGER NOT NULL,
  CHECK (method <> 'reaudit' OR (audit_id IS NOT NULL AND reaudit_id IS NOT NULL)),
  CHECK (method <> 'kpi' OR (kpi_id IS NOT NULL AND scope_dim IS NOT NULL AND before_from IS NOT NULL))
) STRICT;
CREATE INDEX action_checks_reaudit ON action_checks (reaudit_id);

-- Evidence files. owner_kind + owner_id name the record; the content lives in the row, inside the workspace file.
CREATE TABLE attachments (
  id          INTEGER PRIMARY KEY,
  owner_kind  TEXT NOT NULL CHECK (owner_kind IN ('audit', 'pdca_log', 'action', 'mystery_visit')),
  owner_id    INTEGER NOT NULL,
  file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  mime_type   TEXT NOT NULL,
  size        INTEGER NOT NULL CHECK (size > 0),
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  content     BLOB NOT NULL,
  actor       TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  CHECK (length(content) = size)
) STRICT;
CREATE INDEX attachments_owner ON attachments (owner_kind, owner_id);

-- An owner's files go with it, whichever module deletes it.
CREATE TRIGGER attachments_pdca_log_gone AFTER DELETE ON pdca_log BEGIN
  DELETE FROM attachments WHERE owner_kind = 'pdca_log' AND owner_id = OLD.id;
END;
CREATE TRIGGER attachments_action_gone AFTER DELETE ON actions BEGIN
  DELETE FROM attachments WHERE owner_kind = 'action' AND owner_id = OLD.id;
END;
CREATE TRIGGER attachments_audit_gone AFTER DELETE ON audits BEGIN
  DELETE FROM attachments WHERE owner_kind = 'audit' AND owner_id = OLD.id;
END;

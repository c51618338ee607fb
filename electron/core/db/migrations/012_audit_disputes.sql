-- An audited agent's dispute of one item of a submitted audit, and the arbitrator's decision. An upheld dispute
-- changes the answer; the score before and after is kept with the reason, so changed scores can be traced.
CREATE TABLE audit_disputes (
  id           INTEGER PRIMARY KEY,
  audit_id     INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
  item_key     TEXT NOT NULL,
  reason       TEXT NOT NULL,
  raised_by    TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'rejected')),
  -- Answers as JSON (a number or "na"): the one disputed, and the one the arbitrator set when upholding.
  old_value    TEXT NOT NULL CHECK (json_valid(old_value)),
  new_value    TEXT CHECK (new_value IS NULL OR json_valid(new_value)),
  decision     TEXT NOT NULL DEFAULT '',
  decided_by   TEXT,
  decided_at   INTEGER,
  score_before REAL,
  score_after  REAL,
  created_at   INTEGER NOT NULL,
  CHECK ((status = 'open') = (decided_at IS NULL)),
  CHECK ((status = 'upheld') = (new_value IS NOT NULL))
) STRICT;
-- One open dispute per item at a time.
CREATE UNIQUE INDEX audit_disputes_open ON audit_disputes (audit_id, item_key) WHERE status = 'open';
CREATE INDEX audit_disputes_audit ON audit_disputes (audit_id);

-- Improvement loop, second part: the FMEA register of service failure modes and the KANO needs pool.
-- Scores are the team's 1–10 (FMEA) and 1–5 (needs) judgements; RPN and priority are computed by
-- shared/domain, never stored, so a change of rule never leaves stale numbers in the file.

CREATE TABLE fmea_items (
  id                 INTEGER PRIMARY KEY,
  process_step       TEXT NOT NULL,
  failure_mode       TEXT NOT NULL,
  effect             TEXT NOT NULL DEFAULT '',
  cause              TEXT NOT NULL DEFAULT '',
  controls           TEXT NOT NULL DEFAULT '',
  severity           INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 10),
  occurrence         INTEGER NOT NULL CHECK (occurrence BETWEEN 1 AND 10),
  detection          INTEGER NOT NULL CHECK (detection BETWEEN 1 AND 10),
  recommended_action TEXT NOT NULL DEFAULT '',
  -- Re-scored after the recommended action: all three or none.
  post_severity      INTEGER CHECK (post_severity BETWEEN 1 AND 10),
  post_occurrence    INTEGER CHECK (post_occurrence BETWEEN 1 AND 10),
  post_detection     INTEGER CHECK (post_detection BETWEEN 1 AND 10),
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL,
  CHECK ((post_severity IS NULL) = (post_occurrence IS NULL) AND (post_occurrence IS NULL) = (post_detection IS NULL))
) STRICT;

CREATE TABLE needs (
  id         INTEGER PRIMARY KEY,
  need       TEXT NOT NULL,
  source     TEXT NOT NULL DEFAULT '',
  category   TEXT NOT NULL CHECK (category IN ('basic', 'expected', 'excitement')),
  impact     INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
  cost       INTEGER NOT NULL CHECK (cost BETWEEN 1 AND 5),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

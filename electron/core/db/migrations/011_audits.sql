-- Quality audits: versioned scorecard templates (shared with mystery shops), monthly samples drawn with a stored
-- seed, the audits themselves with their answers, per-item results for the failure Pareto, and item disputes.
-- Times are INTEGER epoch milliseconds (UTC); months are local YYYY-MM text in the workspace's time zone.

-- One row per version; editing a version that has results adds the next version and leaves the old one as it was.
CREATE TABLE scorecard_templates (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL,
  version    INTEGER NOT NULL CHECK (version >= 1),
  kind       TEXT NOT NULL CHECK (kind IN ('audit', 'mystery')),
  name_zh    TEXT NOT NULL,
  name_en    TEXT NOT NULL,
  -- Sections with their items (validated by the contract's schema before it is written).
  sections   TEXT NOT NULL CHECK (json_valid(sections)),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (code, version)
) STRICT;

-- The area's own flags (e.g. that the starter library was loaded once, so a deleted template stays deleted).
CREATE TABLE audit_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE audit_samples (
  id          INTEGER PRIMARY KEY,
  month       TEXT NOT NULL,
  template_id INTEGER NOT NULL REFERENCES scorecard_templates (id),
  seed        INTEGER NOT NULL,
  per_agent   INTEGER CHECK (per_agent IS NULL OR per_agent >= 1),
  percent     REAL CHECK (percent IS NULL OR (percent > 0 AND percent <= 100)),
  stratify    TEXT NOT NULL CHECK (stratify IN ('none', 'channel', 'category')),
  created_at  INTEGER NOT NULL,
  CHECK ((per_agent IS NULL) <> (percent IS NULL))
) STRICT;

CREATE TABLE audits (
  id           INTEGER PRIMARY KEY,
  sample_id    INTEGER REFERENCES audit_samples (id),
  template_id  INTEGER NOT NULL REFERENCES scorecard_templates (id),
  ticket_id    INTEGER NOT NULL REFERENCES tickets (id),
  agent_id     INTEGER REFERENCES staff (id),
  month        TEXT NOT NULL,
  auditor      TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'submitted')),
  answers      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers)),
  findings     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(findings)),
  score        REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
  auto_fail    TEXT CHECK (auto_fail IS NULL OR auto_fail IN ('section', 'form')),
  submitted_at INTEGER,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
) STRICT;
-- A record is audited once: sampling skips what is already here.
CREATE UNIQUE INDEX audits_ticket ON audits (ticket_id);
CREATE INDEX audits_month_agent ON audits (month, agent_id);
CREATE INDEX audits_sample ON audits (sample_id);
CREATE INDEX audits_template ON audits (template_id);

-- One row per scored item of a submitted audit (N/A items have none): the failure Pareto reads these.
CREATE TABLE audit_item_results (
  audit_id INTEGER NOT NULL REFERENCES audits (id) ON DELETE CASCADE,
  item_key TEXT NOT NULL,
  ratio    REAL NOT NULL CHECK (ratio >= 0 AND ratio <= 1),
  failed   INTEGER NOT NULL CHECK (failed IN (0, 1)),
  PRIMARY KEY (audit_id, item_key)
) STRICT;
CREATE INDEX audit_item_results_item ON audit_item_results (item_key, failed);

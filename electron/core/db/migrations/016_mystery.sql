-- Mystery shopper: programmes with their questionnaire (a 'mystery' scorecard template), waves (e.g. quarterly)
-- with the outlets they cover, scenarios, visits scored on one template version, and outlet appeals.
-- Times are INTEGER epoch milliseconds (UTC); days are local YYYY-MM-DD text in the workspace's time zone.

CREATE TABLE mystery_programmes (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  -- The questionnaire's code: a new visit takes the current version of it, and keeps that version.
  template_code TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE mystery_waves (
  id           INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES mystery_programmes (id),
  name         TEXT NOT NULL,
  starts_on    TEXT NOT NULL,
  ends_on      TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  CHECK (ends_on >= starts_on),
  UNIQUE (programme_id, name)
) STRICT;
-- "The previous wave" is the one of the same programme that starts just before.
CREATE INDEX mystery_waves_programme ON mystery_waves (programme_id, starts_on);

CREATE TABLE mystery_wave_outlets (
  wave_id   INTEGER NOT NULL REFERENCES mystery_waves (id) ON DELETE CASCADE,
  outlet_id INTEGER NOT NULL REFERENCES outlets (id),
  PRIMARY KEY (wave_id, outlet_id)
) STRICT;

CREATE TABLE mystery_scenarios (
  id           INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES mystery_programmes (id),
  name         TEXT NOT NULL,
  description  TEXT NOT NULL DEFAULT '',
  UNIQUE (programme_id, name)
) STRICT;

CREATE TABLE mystery_visits (
  id           INTEGER PRIMARY KEY,
  wave_id      INTEGER NOT NULL REFERENCES mystery_waves (id),
  outlet_id    INTEGER NOT NULL REFERENCES outlets (id),
  scenario_id  INTEGER REFERENCES mystery_scenarios (id),
  template_id  INTEGER NOT NULL REFERENCES scorecard_templates (id),
  shopper      TEXT NOT NULL,
  visited_at   INTEGER NOT NULL,
  visit_day    TEXT NOT NULL,
  duration_min INTEGER NOT NULL CHECK (duration_min >= 0),
  answers      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers)),
  findings     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(findings)),
  comments     TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'reviewed', 'published')),
  score        REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
  auto_fail    TEXT CHECK (auto_fail IS NULL OR auto_fail IN ('section', 'form')),
  -- Section scores as JSON {sectionKey: number|null}, kept with the score so the heat map reads them directly.
  sections     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(sections)),
  reviewed_by  TEXT,
  reviewed_at  INTEGER,
  published_at INTEGER,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  CHECK ((status = 'draft') = (reviewed_at IS NULL)),
  CHECK ((status = 'published') = (published_at IS NOT NULL))
) STRICT;
CREATE INDEX mystery_visits_wave ON mystery_visits (wave_id, status, outlet_id);
CREATE INDEX mystery_visits_day ON mystery_visits (status, visit_day, outlet_id);
CREATE INDEX mystery_visits_template ON mystery_visits (template_id);

-- An outlet's appeal of one item (item_key) or of the whole visit (item_key NULL) of a published visit. An upheld
-- appeal changes answers; the changes, the score before and after and the reason are kept.
CREATE TABLE mystery_appeals (
  id           INTEGER PRIMARY KEY,
  visit_id     INTEGER NOT NULL REFERENCES mystery_visits (id) ON DELETE CASCADE,
  item_key     TEXT,
  reason       TEXT NOT NULL,
  raised_by    TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'rejected')),
  -- {itemKey: [old, new]} of the answers an upheld appeal changed.
  changes      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(changes)),
  decision     TEXT NOT NULL DEFAULT '',
  decided_by   TEXT,
  decided_at   INTEGER,
  score_before REAL,
  score_after  REAL,
  created_at   INTEGER NOT NULL,
  CHECK ((status = 'open') = (decided_at IS NULL))
) STRICT;
-- One open appeal per item (and one for the whole visit) at a time.
CREATE UNIQUE INDEX mystery_appeals_open ON mystery_appeals (visit_id, coalesce(item_key, '')) WHERE status = 'open';
CREATE INDEX mystery_appeals_visit ON mystery_appeals (visit_id);

-- A visit's evidence files (photos, receipt) go with it.
CREATE TRIGGER attachments_mystery_visit_gone AFTER DELETE ON mystery_visits BEGIN
  DELETE FROM attachments WHERE owner_kind = 'mystery_visit' AND owner_id = OLD.id;
END;

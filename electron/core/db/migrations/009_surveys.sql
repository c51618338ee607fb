-- Surveys: CSAT / NPS / CES answers (each linked to a ticket or standing alone with its outlet and channel) and
-- SERVQUAL questionnaires (expectation and perception of the 22 standard items, 1–7 each).
-- The day a customer answered is a local YYYY-MM-DD date in the workspace's time zone: questionnaires are dated,
-- not timed, and period summaries bucket by that day.

CREATE TABLE survey_responses (
  id           INTEGER PRIMARY KEY,
  -- A deleted ticket leaves its survey answer standing (the customer still answered).
  ticket_id    INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
  outlet_id    INTEGER REFERENCES outlets (id),
  channel      TEXT CHECK (channel IS NULL OR channel IN ('phone', 'chat', 'app', 'web', 'email', 'social', 'walk_in', 'onsite')),
  responded_on TEXT NOT NULL CHECK (responded_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  csat         INTEGER CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
  nps          INTEGER CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),
  ces          INTEGER CHECK (ces IS NULL OR ces BETWEEN 1 AND 7),
  comment      TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL CHECK (source IN ('manual', 'import', 'demo')),
  created_at   INTEGER NOT NULL,
  CHECK (csat IS NOT NULL OR nps IS NOT NULL OR ces IS NOT NULL)
) STRICT;
CREATE INDEX survey_responses_day ON survey_responses (responded_on);
CREATE INDEX survey_responses_outlet ON survey_responses (outlet_id, responded_on);
CREATE INDEX survey_responses_ticket ON survey_responses (ticket_id);

CREATE TABLE servqual_responses (
  id           INTEGER PRIMARY KEY,
  outlet_id    INTEGER REFERENCES outlets (id),
  responded_on TEXT NOT NULL CHECK (responded_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  respondent   TEXT NOT NULL DEFAULT '',
  source       TEXT NOT NULL CHECK (source IN ('manual', 'import', 'demo')),
  created_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX servqual_responses_day ON servqual_responses (responded_on);
CREATE INDEX servqual_responses_outlet ON servqual_responses (outlet_id, responded_on);

-- Every questionnaire answers all 22 items (the service refuses a partial one), one row per item.
CREATE TABLE servqual_scores (
  response_id INTEGER NOT NULL REFERENCES servqual_responses (id) ON DELETE CASCADE,
  item        INTEGER NOT NULL CHECK (item BETWEEN 1 AND 22),
  expectation INTEGER NOT NULL CHECK (expectation BETWEEN 1 AND 7),
  perception  INTEGER NOT NULL CHECK (perception BETWEEN 1 AND 7),
  PRIMARY KEY (response_id, item)
) STRICT, WITHOUT ROWID;

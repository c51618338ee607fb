-- Training records: courses with their assessment parts, sessions with enrolment and attendance, every score a
-- trainee ever got (retakes kept; the latest attempt counts), certificates issued on a pass, the courses each role
-- must hold and the area's own settings.
-- Calendar dates a person picks (session days, certificate dates) are local YYYY-MM-DD text; times are epoch ms UTC.

CREATE TABLE training_courses (
  id              INTEGER PRIMARY KEY,
  code            TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL,
  type            TEXT NOT NULL CHECK (type IN ('new_hire', 'product', 'communication', 'sop', 'complaint', 'competition')),
  tier            TEXT NOT NULL CHECK (tier IN ('new_staff', 'core_staff', 'manager')),
  duration_days   REAL NOT NULL CHECK (duration_days > 0),
  -- NULL: the certificate never expires.
  validity_months INTEGER CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 120),
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL
) STRICT;

CREATE TABLE training_course_parts (
  id         INTEGER PRIMARY KEY,
  course_id  INTEGER NOT NULL REFERENCES training_courses (id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  max_score  REAL NOT NULL CHECK (max_score > 0),
  pass_mark  REAL NOT NULL CHECK (pass_mark >= 0),
  sort       INTEGER NOT NULL DEFAULT 0,
  CHECK (pass_mark <= max_score)
) STRICT;
CREATE INDEX training_course_parts_course ON training_course_parts (course_id, sort);

CREATE TABLE training_sessions (
  id         INTEGER PRIMARY KEY,
  course_id  INTEGER NOT NULL REFERENCES training_courses (id),
  start_on   TEXT NOT NULL,
  end_on     TEXT NOT NULL,
  hours      REAL NOT NULL CHECK (hours > 0),
  trainer_id INTEGER REFERENCES staff (id),
  location   TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  CHECK (end_on >= start_on)
) STRICT;
CREATE INDEX training_sessions_course ON training_sessions (course_id, start_on);
CREATE INDEX training_sessions_start ON training_sessions (start_on);

CREATE TABLE training_enrolments (
  session_id INTEGER NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
  staff_id   INTEGER NOT NULL REFERENCES staff (id),
  -- NULL until the trainer records attendance.
  attended   INTEGER CHECK (attended IS NULL OR attended IN (0, 1)),
  PRIMARY KEY (session_id, staff_id)
) STRICT;
CREATE INDEX training_enrolments_staff ON training_enrolments (staff_id);

-- One row per attempt: a retake adds a row, nothing is overwritten.
CREATE TABLE training_scores (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL,
  staff_id   INTEGER NOT NULL,
  part_id    INTEGER NOT NULL REFERENCES training_course_parts (id),
  attempt    INTEGER NOT NULL CHECK (attempt >= 1),
  score      REAL NOT NULL CHECK (score >= 0),
  entered_at INTEGER NOT NULL,
  entered_by TEXT NOT NULL,
  UNIQUE (session_id, staff_id, part_id, attempt),
  FOREIGN KEY (session_id, staff_id) REFERENCES training_enrolments (session_id, staff_id) ON DELETE CASCADE
) STRICT;

CREATE TABLE training_certificates (
  id         INTEGER PRIMARY KEY,
  staff_id   INTEGER NOT NULL REFERENCES staff (id),
  course_id  INTEGER NOT NULL REFERENCES training_courses (id),
  session_id INTEGER NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
  issued_on  TEXT NOT NULL,
  -- Last day the certificate is valid; NULL when the course's certificate never expires.
  expires_on TEXT,
  UNIQUE (session_id, staff_id)
) STRICT;
CREATE INDEX training_certificates_staff ON training_certificates (staff_id, course_id);
CREATE INDEX training_certificates_expiry ON training_certificates (expires_on);

-- Courses a role must hold a valid certificate of (competency matrix).
CREATE TABLE training_requirements (
  role      TEXT NOT NULL,
  course_id INTEGER NOT NULL REFERENCES training_courses (id) ON DELETE CASCADE,
  PRIMARY KEY (role, course_id)
) STRICT;

CREATE TABLE training_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

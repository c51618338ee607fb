-- Foundation: settings, audit log and the reference data and tickets every other area builds on.
-- Times are INTEGER epoch milliseconds (UTC). Enumerations are stored as their ids (shared/domain/enums.ts).

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  after     TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);

-- The log is append-only: no statement may change or remove an entry.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE outlets (
  id     INTEGER PRIMARY KEY,
  code   TEXT NOT NULL UNIQUE,
  name   TEXT NOT NULL,
  city   TEXT NOT NULL,
  region TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE teams (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  department TEXT NOT NULL,
  outlet_id  INTEGER REFERENCES outlets (id)
) STRICT;

CREATE TABLE staff (
  id         INTEGER PRIMARY KEY,
  employee_no TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  role       TEXT NOT NULL,
  team_id    INTEGER REFERENCES teams (id),
  outlet_id  INTEGER REFERENCES outlets (id),
  skills     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(skills)),
  hire_date  TEXT NOT NULL,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE INDEX staff_team ON staff (team_id);

CREATE TABLE customers (
  id      INTEGER PRIMARY KEY,
  code    TEXT NOT NULL UNIQUE,
  name    TEXT NOT NULL,
  phone   TEXT,
  city    TEXT,
  segment TEXT NOT NULL DEFAULT 'regular'
) STRICT;

CREATE TABLE products (
  id     INTEGER PRIMARY KEY,
  code   TEXT NOT NULL UNIQUE,
  name   TEXT NOT NULL,
  line   TEXT NOT NULL
) STRICT;

-- Two-level category tree with labels in both languages.
CREATE TABLE categories (
  id        INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES categories (id),
  code      TEXT NOT NULL UNIQUE,
  name_zh   TEXT NOT NULL,
  name_en   TEXT NOT NULL,
  sort      INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE tickets (
  id                INTEGER PRIMARY KEY,
  external_id       TEXT UNIQUE,
  channel           TEXT NOT NULL,
  type              TEXT NOT NULL,
  category_id       INTEGER REFERENCES categories (id),
  tier              INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 4),
  outlet_id         INTEGER REFERENCES outlets (id),
  team_id           INTEGER REFERENCES teams (id),
  assignee_id       INTEGER REFERENCES staff (id),
  customer_id       INTEGER REFERENCES customers (id),
  product_id        INTEGER REFERENCES products (id),
  subject           TEXT NOT NULL,
  description       TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL,
  created_at        INTEGER NOT NULL,
  first_response_at INTEGER,
  escalated_at      INTEGER,
  resolved_at       INTEGER,
  closed_at         INTEGER,
  resolution        TEXT,
  reopen_count      INTEGER NOT NULL DEFAULT 0 CHECK (reopen_count >= 0),
  fcr               INTEGER CHECK (fcr IN (0, 1)),
  compensation_type TEXT,
  compensation_amount REAL CHECK (compensation_amount IS NULL OR compensation_amount >= 0),
  callback_at       INTEGER,
  callback_result   TEXT,
  csat              INTEGER CHECK (csat BETWEEN 1 AND 5),
  nps               INTEGER CHECK (nps BETWEEN 0 AND 10),
  ces               INTEGER CHECK (ces BETWEEN 1 AND 7),
  repeat_of_id      INTEGER REFERENCES tickets (id),
  updated_at        INTEGER NOT NULL,
  CHECK (first_response_at IS NULL OR first_response_at >= created_at),
  CHECK (resolved_at IS NULL OR resolved_at >= created_at)
) STRICT;
CREATE INDEX tickets_created ON tickets (created_at);
CREATE INDEX tickets_outlet_created ON tickets (outlet_id, created_at);
CREATE INDEX tickets_customer ON tickets (customer_id, category_id, created_at);
CREATE INDEX tickets_status ON tickets (status);
CREATE INDEX tickets_assignee ON tickets (assignee_id, created_at);

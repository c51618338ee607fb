-- Tickets area: versioned SLA policies, SLA results stored on each ticket, clock pauses, second follow-ups,
-- saved grid views and the problem-resolution archive's full-text index.
-- Times are INTEGER epoch milliseconds (UTC).

CREATE TABLE sla_policy_versions (
  id         INTEGER PRIMARY KEY,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE sla_targets (
  version_id         INTEGER NOT NULL REFERENCES sla_policy_versions (id),
  tier               INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 4),
  response_minutes   INTEGER NOT NULL CHECK (response_minutes > 0),
  response_basis     TEXT NOT NULL CHECK (response_basis IN ('calendar', 'business')),
  resolution_minutes INTEGER NOT NULL CHECK (resolution_minutes > 0),
  resolution_basis   TEXT NOT NULL CHECK (resolution_basis IN ('calendar', 'business')),
  PRIMARY KEY (version_id, tier)
) STRICT, WITHOUT ROWID;

-- Version 1 from the seeds (DOMAIN.md, KPI table). Tier 1 is the most urgent.
--   tier 1, major complaint: cross-department start within 30 min (seed 001), responded with a plan and settled
--           within 12 h (seed 004) - both calendar time: a major complaint does not wait for office hours.
--   tier 2, complex issue: level-1 specialist engaged within 1 h and the most urgent complaint tier answered within
--           1 h (seeds 000, 001); complex issue resolved within 48 h (seed 004) - calendar time.
--   tier 3, general issue: the SOP first response of 30 min (seed 000) counted in working time (the hotline's night
--           shift is thin); general issue resolved within 24 h (seed 004) - calendar time.
--   tier 4, low / consultation / feedback: feedback first response within 2 h (seed 004) in working time; a level-2
--           solution within 2 working days (seed 000) = 2 x 7.5 h = 900 working minutes with the default
--           09:00-12:00 + 13:30-18:00 calendar.
-- Not used as defaults: the 4 h / 24 h complaint urgency tiers of seed 001 (they overlap tiers 2-4 above) and the
-- 2 h escalation target (a KPI on escalated_at, not a clock). Every target is editable; saving makes version 2.
INSERT INTO sla_policy_versions (id, created_at, created_by, note)
VALUES (1, CAST(unixepoch('subsec') * 1000 AS INTEGER), 'system', 'seeds');
INSERT INTO sla_targets (version_id, tier, response_minutes, response_basis, resolution_minutes, resolution_basis) VALUES
  (1, 1, 30, 'calendar', 720, 'calendar'),
  (1, 2, 60, 'calendar', 2880, 'calendar'),
  (1, 3, 30, 'business', 1440, 'calendar'),
  (1, 4, 120, 'business', 900, 'business');

-- SLA results live on the ticket row itself, so the million-row grid sorts and filters on them without a join.
--   sla_version:        policy version the row was measured under (NULL = never measured).
--   *_due_at:           instant the target is used up, pauses known at measuring time included; NULL while a clock
--                       stands in an open pause before reaching its target.
--   *_warn_at:          instant the escalation threshold (settings.escalationThreshold) of the target is reached.
--   *_ms:               counted time (calendar or working ms, pauses excluded) of a stopped clock; NULL while running.
--   *_breached:         verdict of a stopped clock; NULL while running. For running clocks the grid and the queues
--                       decide "breached" against the current time in SQL (due_at < now), so the verdict never goes
--                       stale; stored due/warn instants reflect the calendar and threshold of the last measurement.
ALTER TABLE tickets ADD COLUMN sla_version INTEGER REFERENCES sla_policy_versions (id);
ALTER TABLE tickets ADD COLUMN response_due_at INTEGER;
ALTER TABLE tickets ADD COLUMN resolution_due_at INTEGER;
ALTER TABLE tickets ADD COLUMN response_warn_at INTEGER;
ALTER TABLE tickets ADD COLUMN resolution_warn_at INTEGER;
ALTER TABLE tickets ADD COLUMN response_ms INTEGER;
ALTER TABLE tickets ADD COLUMN resolution_ms INTEGER;
ALTER TABLE tickets ADD COLUMN response_breached INTEGER CHECK (response_breached IN (0, 1));
ALTER TABLE tickets ADD COLUMN resolution_breached INTEGER CHECK (resolution_breached IN (0, 1));

-- Indexes for the grid: an equality filter on a common column with the default sort (newest first) walks one index
-- range in order and counts from the same range. Every index on tickets costs about a second per million rows of
-- bulk import or demo generation, so only filters that select few rows get their own (status, category, outlet from
-- 001, low CSAT). Columns with a handful of evenly spread values (channel, type, tier, the breached flags) share one
-- narrow covering index instead (tickets_filter_scan): a newest-first page of such a filter walks the creation-time
-- index and meets its rows within a few hundred entries, and a count - the expensive part of such a filter - scans
-- this index (about 60 bytes a row) instead of the table (about 600). It leads with created_at on purpose: led by
-- channel, SQLite would seek it for a channel filter and then sort every match to find the newest hundred. KPIs read
-- the rollup (004), not these indexes. Measured by test/bench/grid.bench.ts; tickets/count-cache.ts keeps counts
-- while the user scrolls.
DROP INDEX tickets_status;
CREATE INDEX tickets_status_created ON tickets (status, created_at);
-- The outlet is where an outlet or regional manager starts: its index also carries the columns most often combined
-- with it (status, tier) and its most urgent sort (resolution due), so those pages and counts are answered from the
-- index alone - 10 ms instead of 300 ms for "outlet + tier by resolution due" on a million tickets.
DROP INDEX tickets_outlet_created;
CREATE INDEX tickets_outlet_created ON tickets (outlet_id, created_at, status, tier, resolution_due_at);
CREATE INDEX tickets_category_created ON tickets (category_id, created_at);
-- (csat) alone: with the rowid as its implicit last key it serves the grid's "CSAT, then id" order for any page.
CREATE INDEX tickets_csat ON tickets (csat);
CREATE INDEX tickets_filter_scan ON tickets (
  created_at, channel, type, tier, category_id, csat, response_breached, response_ms, response_due_at,
  resolution_breached, resolution_ms, resolution_due_at
);
-- The grid filters tickets by customer segment through the customers it names.
CREATE INDEX customers_segment ON customers (segment);
-- Small partial indexes. Their WHERE clauses are repeated verbatim by the grid query builder (tickets/grid-*.ts) so
-- that SQLite can use them; they stay small because unmeasured, open, running, repeat and awaiting-callback tickets
-- are a minority once a workspace has been measured.
CREATE INDEX tickets_unmeasured ON tickets (id) WHERE sla_version IS NULL;
-- The open tickets' index also carries what the work queues test (grid-queues.ts), so their counts never read rows.
CREATE INDEX tickets_open_created ON tickets (
  created_at, status, outlet_id, tier, response_ms, response_due_at, response_warn_at, response_breached,
  resolution_ms, resolution_due_at, resolution_warn_at
) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX tickets_response_running ON tickets (response_due_at) WHERE response_ms IS NULL;
CREATE INDEX tickets_resolution_running ON tickets (resolution_due_at) WHERE resolution_ms IS NULL;
CREATE INDEX tickets_repeat_of ON tickets (repeat_of_id) WHERE repeat_of_id IS NOT NULL;
CREATE INDEX tickets_repeat_created ON tickets (created_at) WHERE repeat_of_id IS NOT NULL;
CREATE INDEX tickets_awaiting_callback ON tickets (resolved_at) WHERE status = 'resolved' AND callback_at IS NULL;

-- A bulk re-measurement (sla/bulk-indexes.ts) drops the indexes on SLA columns and builds them again afterwards,
-- which is several times faster than maintaining them row by row. Their SQL is parked here meanwhile, so that a crash
-- in between cannot lose an index: the next recompute, or the next grid query, puts back whatever is listed.
CREATE TABLE detached_indexes (
  name TEXT PRIMARY KEY,
  sql  TEXT NOT NULL
) STRICT;

-- Time during which a ticket stood in a pause status (settings.pauseStatuses); end_at NULL = still paused.
CREATE TABLE ticket_pauses (
  id        INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  status    TEXT NOT NULL,
  start_at  INTEGER NOT NULL,
  end_at    INTEGER,
  CHECK (end_at IS NULL OR end_at >= start_at)
) STRICT;
CREATE INDEX ticket_pauses_ticket ON ticket_pauses (ticket_id, start_at);

-- Second follow-up (seed 004): unresolved or unsatisfied cases handed to a senior specialist. One per ticket.
CREATE TABLE follow_ups (
  ticket_id  INTEGER PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
  reason     TEXT NOT NULL CHECK (reason IN ('unresolved', 'low_csat', 'callback_unsatisfied')),
  owner_id   INTEGER REFERENCES staff (id),
  status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  note       TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  done_at    INTEGER,
  CHECK ((status = 'done') = (done_at IS NOT NULL))
) STRICT;
CREATE INDEX follow_ups_open ON follow_ups (ticket_id) WHERE status = 'open';

-- Saved grid views (column state, filters, sort) per area; the state is the renderer's JSON.
CREATE TABLE saved_views (
  id         INTEGER PRIMARY KEY,
  area       TEXT NOT NULL,
  name       TEXT NOT NULL,
  state      TEXT NOT NULL CHECK (json_valid(state)),
  created_at INTEGER NOT NULL,
  UNIQUE (area, name)
) STRICT;

-- Problem-resolution archive and quick search: trigram full-text index over subject, description and resolution.
-- Chinese substrings of 3+ characters are found through it; shorter terms fall back to LIKE.
-- Contentless with delete support rather than external content over tickets: with external content, changing a
-- row's text must first feed the exact old text back to the index, which a bulk import updating rows by external id
-- cannot do without per-row triggers. detail=none keeps the index at about a quarter of the size (78 MB instead of
-- 290 MB for 1M demo tickets): a search ANDs the trigrams of each term and then checks every candidate against the
-- real text, so the missing positions never show in results.
-- Kept up to date by an explicit step (tickets/archive-index.ts), not by insert triggers: a million-row import must
-- stay fast. archive_index_state.indexed_to is the highest ticket id indexed; rows above it and rows whose text
-- changed (archive_dirty) are searched with LIKE until the next step indexes them, so results are always exact.
CREATE VIRTUAL TABLE tickets_fts USING fts5(
  subject, description, resolution,
  content = '', contentless_delete = 1, tokenize = 'trigram', detail = 'none'
);
CREATE TABLE archive_index_state (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  indexed_to INTEGER NOT NULL
) STRICT;
INSERT INTO archive_index_state (id, indexed_to) VALUES (1, 0);
CREATE TABLE archive_dirty (
  ticket_id INTEGER PRIMARY KEY
) STRICT;
-- Fires on changed text of existing rows only (never on insert), so bulk inserts pay nothing.
CREATE TRIGGER tickets_text_changed AFTER UPDATE OF subject, description, resolution ON tickets
WHEN old.id <= (SELECT indexed_to FROM archive_index_state WHERE id = 1)
  AND (old.subject IS NOT new.subject OR old.description IS NOT new.description OR old.resolution IS NOT new.resolution)
BEGIN
  INSERT OR IGNORE INTO archive_dirty (ticket_id) VALUES (new.id);
END;

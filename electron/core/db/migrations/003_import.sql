-- Ticket import: column mappings the user saved by name (the built-in presets ship as JSON files, not rows).
-- `mapping` is the ImportMapping JSON of shared/schemas/importers.ts, the same format as an exported mapping file.
CREATE TABLE import_mappings (
  name       TEXT PRIMARY KEY,
  mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
  updated_at INTEGER NOT NULL
) STRICT;

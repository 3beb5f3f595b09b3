-- The audit trail: one row per entry, the entry itself as JSON. Append-only: the triggers refuse any
-- update or delete, so no mutation (and no mistaken statement) can change or remove an entry.
-- subjects holds the ids of the people and colleagues an entry is about, each between bars
-- (|p-sam|s-001|), so the trail can be read per person or colleague with a LIKE; ids never contain a bar.
-- id starts with the time in milliseconds, so ordering by id is ordering by time.
CREATE TABLE audit_entries
(
    id              TEXT NOT NULL PRIMARY KEY,
    organisation_id TEXT NOT NULL,
    day             TEXT NOT NULL,
    subjects        TEXT NOT NULL,
    entry           TEXT NOT NULL
) STRICT;

CREATE INDEX audit_entries_by_organisation ON audit_entries (organisation_id, id);

CREATE TRIGGER audit_entries_never_change BEFORE UPDATE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'The audit trail is append-only: an entry cannot be changed.');
END;

CREATE TRIGGER audit_entries_never_removed BEFORE DELETE ON audit_entries
BEGIN
    SELECT RAISE(ABORT, 'The audit trail is append-only: an entry cannot be removed.');
END;

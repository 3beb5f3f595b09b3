-- The audit trail: one row per entry, the entry itself as JSON. Append-only: the triggers refuse any
-- update, delete or truncate, so no mutation (and no mistaken statement) can change or remove an entry.
-- subjects holds the ids of the people and colleagues an entry is about, each between bars
-- (|p-sam|s-001|), so the trail can be read per person or colleague; ids never contain a bar.
-- id starts with the time in milliseconds, so ordering by id is ordering by time.
CREATE TABLE audit_entries
(
    id              text NOT NULL PRIMARY KEY,
    organisation_id text NOT NULL,
    day             text NOT NULL,
    subjects        text NOT NULL,
    entry           text NOT NULL
);

CREATE INDEX audit_entries_by_organisation ON audit_entries (organisation_id, id);

CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: an entry cannot be changed or removed.';
END
$$;

CREATE TRIGGER audit_entries_never_change BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();

CREATE TRIGGER audit_entries_never_truncated BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();

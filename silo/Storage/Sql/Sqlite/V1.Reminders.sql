CREATE TABLE orleans_reminders
(
    service_id    TEXT    NOT NULL,
    grain_id      TEXT    NOT NULL,
    reminder_name TEXT    NOT NULL,
    -- Microsoft.Data.Sqlite binds DateTime as ISO-8601 text and parses it back in GetDateTime.
    start_time    TEXT    NOT NULL,
    period_ms     INTEGER NOT NULL,
    -- The grain's uniform hash as a signed 32-bit value, the form in which Orleans passes ring ranges.
    grain_hash    INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
) STRICT;

-- Each silo reads the reminders of its own slice of the hash ring.
CREATE INDEX orleans_reminders_ring ON orleans_reminders (service_id, grain_hash);

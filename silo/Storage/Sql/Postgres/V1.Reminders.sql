CREATE TABLE orleans_reminders
(
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    start_time    timestamptz NOT NULL,
    period_ms     bigint      NOT NULL,
    -- The grain's uniform hash as a signed 32-bit value, the form in which Orleans passes ring ranges.
    grain_hash    integer     NOT NULL,
    version       integer     NOT NULL,
    CONSTRAINT orleans_reminders_pkey PRIMARY KEY (service_id, grain_id, reminder_name)
);

-- Each silo reads the reminders of its own slice of the hash ring.
CREATE INDEX orleans_reminders_ring ON orleans_reminders (service_id, grain_hash);

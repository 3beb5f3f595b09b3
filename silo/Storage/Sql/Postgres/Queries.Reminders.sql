-- Each "-- QueryKey:" line starts the text stored under that key in OrleansQuery; the text runs to the next such line.
-- Result column names and parameter names are Orleans' contract (AdoNetReminderTable); the rest is ours.

-- QueryKey: UpsertReminderRowKey
INSERT INTO orleans_reminders (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (service_id, grain_id, reminder_name)
DO UPDATE SET start_time = excluded.start_time,
              period_ms = excluded.period_ms,
              grain_hash = excluded.grain_hash,
              version = orleans_reminders.version + 1
RETURNING version AS "Version";

-- QueryKey: ReadReminderRowsKey
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND grain_id = @GrainId;

-- QueryKey: ReadReminderRowKey
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND grain_id = @GrainId
  AND reminder_name = @ReminderName;

-- QueryKey: ReadRangeRows1Key
-- Orleans picks this key when the range (BeginHash, EndHash] does not wrap past the end of the ring.
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND grain_hash > @BeginHash
  AND grain_hash <= @EndHash;

-- QueryKey: ReadRangeRows2Key
-- The wrapping range: everything after BeginHash plus everything up to EndHash (the whole ring when they are equal).
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
FROM orleans_reminders
WHERE service_id = @ServiceId
  AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);

-- QueryKey: DeleteReminderRowKey
-- Orleans reads exactly one value: non-zero means the row with that version was deleted.
WITH deleted AS (
    DELETE FROM orleans_reminders
    WHERE service_id = @ServiceId
      AND grain_id = @GrainId
      AND reminder_name = @ReminderName
      AND version = @Version
    RETURNING 1
)
SELECT count(*)::integer AS "DeletedCount" FROM deleted;

-- QueryKey: DeleteReminderRowsKey
DELETE FROM orleans_reminders
WHERE service_id = @ServiceId;

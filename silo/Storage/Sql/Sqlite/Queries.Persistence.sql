-- Each "-- QueryKey:" line starts the text stored under that key in OrleansQuery; the text runs to the next such line.
-- Result column names and parameter names are Orleans' contract (AdoNetGrainStorage); the rest is ours.

-- QueryKey: ReadFromStorageKey
SELECT payload AS PayloadBinary, version AS Version
FROM orleans_storage
WHERE grain_id_hash = @GrainIdHash
  AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type = @GrainTypeString
  AND grain_id_extension = coalesce(@GrainIdExtensionString, '');

-- QueryKey: WriteToStorageKey
-- One statement, so one commit and one fsync. A row is offered for insertion only when this is a first
-- write (no ETag) or a row already exists; when it exists the conflict turns the insert into an update
-- that only happens if the stored version still equals the caller's ETag. Every refusal (stale ETag, a
-- first write racing another, an ETag for a row that is gone) returns no row, which Orleans reports as
-- InconsistentStateException. SQLite runs the whole statement under its single write lock, so the
-- EXISTS test cannot go stale before the insert.
INSERT INTO orleans_storage
    (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type, grain_id_extension,
     payload, version, modified_on)
SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainIdN0, @GrainIdN1, @GrainTypeString,
       coalesce(@GrainIdExtensionString, ''), @PayloadBinary, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE @GrainStateVersion IS NULL
   OR EXISTS (SELECT 1
              FROM orleans_storage
              WHERE grain_id_hash = @GrainIdHash
                AND grain_type_hash = @GrainTypeHash
                AND service_id = @ServiceId
                AND grain_id_n0 = @GrainIdN0
                AND grain_id_n1 = @GrainIdN1
                AND grain_type = @GrainTypeString
                AND grain_id_extension = coalesce(@GrainIdExtensionString, ''))
ON CONFLICT (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type, grain_id_extension)
DO UPDATE SET payload = excluded.payload,
              version = orleans_storage.version + 1,
              modified_on = excluded.modified_on
    WHERE orleans_storage.version = @GrainStateVersion
RETURNING version AS NewGrainStateVersion;

-- QueryKey: ClearStorageKey
-- The row is kept with its version moving on, so an activation holding the old ETag is still refused.
UPDATE orleans_storage
SET payload = NULL,
    version = version + 1,
    modified_on = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE grain_id_hash = @GrainIdHash
  AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type = @GrainTypeString
  AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version AS NewGrainStateVersion;

-- QueryKey: DeleteStorageKey
-- Used only with DeleteStateOnClear. Orleans checks the returned value against the ETag it sent, so the
-- deleted row's version + 1 stands for "deleted"; no row means the ETag was stale.
DELETE FROM orleans_storage
WHERE grain_id_hash = @GrainIdHash
  AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type = @GrainTypeString
  AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version + 1 AS NewGrainStateVersion;

-- Each "-- QueryKey:" line starts the text stored under that key in OrleansQuery; the text runs to the next such line.
-- Result column names and parameter names are Orleans' contract (AdoNetGrainStorage); the rest is ours.
-- Table names are unqualified on purpose: the connection's search_path selects the schema.

-- QueryKey: ReadFromStorageKey
SELECT payload AS "PayloadBinary", version AS "Version"
FROM orleans_storage
WHERE grain_id_hash = @GrainIdHash
  AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type = @GrainTypeString
  AND grain_id_extension = coalesce(@GrainIdExtensionString, '');

-- QueryKey: WriteToStorageKey
-- One statement, one commit. With an ETag only the update can succeed, and only while the stored version
-- still equals it; without one only the insert can, and ON CONFLICT DO NOTHING makes the loser of two
-- racing first writes see no row. Every refusal returns no row, which Orleans reports as
-- InconsistentStateException. A concurrent update of the same row waits for the row lock and then
-- re-checks the version, so two writers holding the same ETag cannot both succeed.
WITH updated AS (
    UPDATE orleans_storage
    SET payload = @PayloadBinary,
        version = version + 1,
        modified_on = now()
    WHERE grain_id_hash = @GrainIdHash
      AND grain_type_hash = @GrainTypeHash
      AND service_id = @ServiceId
      AND grain_id_n0 = @GrainIdN0
      AND grain_id_n1 = @GrainIdN1
      AND grain_type = @GrainTypeString
      AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
      AND version = @GrainStateVersion
    RETURNING version
), inserted AS (
    INSERT INTO orleans_storage
        (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type, grain_id_extension,
         payload, version, modified_on)
    SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainIdN0, @GrainIdN1, @GrainTypeString,
           coalesce(@GrainIdExtensionString, ''), @PayloadBinary, 1, now()
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted;

-- QueryKey: ClearStorageKey
-- The row is kept with its version moving on, so an activation holding the old ETag is still refused.
UPDATE orleans_storage
SET payload = NULL,
    version = version + 1,
    modified_on = now()
WHERE grain_id_hash = @GrainIdHash
  AND grain_type_hash = @GrainTypeHash
  AND service_id = @ServiceId
  AND grain_id_n0 = @GrainIdN0
  AND grain_id_n1 = @GrainIdN1
  AND grain_type = @GrainTypeString
  AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
  AND version = @GrainStateVersion
RETURNING version AS "NewGrainStateVersion";

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
RETURNING version + 1 AS "NewGrainStateVersion";

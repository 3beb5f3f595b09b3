-- Each "-- QueryKey:" line starts the text stored under that key in OrleansQuery; the text runs to the next such line.
-- Result column names and parameter names are Orleans' contract (AdoNetClusteringTable and the client's
-- gateway list); the rest is ours. Queries that answer true/false return exactly one integer.

-- QueryKey: InsertMembershipVersionKey
-- Every silo tries this at start; only the first for a cluster inserts.
WITH inserted AS (
    INSERT INTO orleans_membership_version (deployment_id, version, changed_at)
    VALUES (@DeploymentId, 0, now())
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer AS "Inserted" FROM inserted;

-- QueryKey: InsertMembershipKey
-- The version moves on only if the caller saw the current version and the silo row is new; the row is
-- inserted only if the version moved. Silos changing the table at the same time queue on the version row's
-- lock, and the later one re-checks the version and gets 0.
WITH bumped AS (
    UPDATE orleans_membership_version
    SET version = version + 1,
        changed_at = now()
    WHERE deployment_id = @DeploymentId
      AND version = @Version
      AND NOT EXISTS (SELECT 1
                      FROM orleans_membership m
                      WHERE m.deployment_id = @DeploymentId
                        AND m.address = @Address
                        AND m.port = @Port
                        AND m.generation = @Generation)
    RETURNING deployment_id
), inserted AS (
    INSERT INTO orleans_membership
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port,
         start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
           @StartTime, @IAmAliveTime
    FROM bumped
    RETURNING 1
)
SELECT count(*)::integer AS "Inserted" FROM inserted;

-- QueryKey: UpdateMembershipKey
-- Same rule as the insert: the silo row changes only together with the version.
WITH bumped AS (
    UPDATE orleans_membership_version
    SET version = version + 1,
        changed_at = now()
    WHERE deployment_id = @DeploymentId
      AND version = @Version
      AND EXISTS (SELECT 1
                  FROM orleans_membership m
                  WHERE m.deployment_id = @DeploymentId
                    AND m.address = @Address
                    AND m.port = @Port
                    AND m.generation = @Generation)
    RETURNING deployment_id
), updated AS (
    UPDATE orleans_membership m
    SET status = @Status,
        suspect_times = @SuspectTimes,
        i_am_alive_time = @IAmAliveTime
    FROM bumped
    WHERE m.deployment_id = bumped.deployment_id
      AND m.address = @Address
      AND m.port = @Port
      AND m.generation = @Generation
    RETURNING 1
)
SELECT count(*)::integer AS "Updated" FROM updated;

-- QueryKey: UpdateIAmAlivetimeKey
-- A heartbeat is not a membership change, so the version stays.
UPDATE orleans_membership
SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId
  AND address = @Address
  AND port = @Port
  AND generation = @Generation;

-- QueryKey: MembershipReadRowKey
-- The outer join keeps the version row when the silo has no row yet; version and rows come from one snapshot.
SELECT v.version AS "Version",
       m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status",
       m.proxy_port AS "ProxyPort", m.suspect_times AS "SuspectTimes",
       m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
FROM orleans_membership_version v
LEFT JOIN orleans_membership m
       ON m.deployment_id = v.deployment_id
      AND m.address = @Address
      AND m.port = @Port
      AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId;

-- QueryKey: MembershipReadAllKey
SELECT v.version AS "Version",
       m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status",
       m.proxy_port AS "ProxyPort", m.suspect_times AS "SuspectTimes",
       m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
FROM orleans_membership_version v
LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId;

-- QueryKey: GatewaysQueryKey
-- Clients ask for active silos (Status = Active) that accept client connections.
SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND status = @Status
  AND proxy_port > 0;

-- QueryKey: DeleteMembershipTableEntriesKey
DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId;
DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId;

-- QueryKey: CleanupDefunctSiloEntriesKey
-- Orleans 10.4.2 uses this only when CleanupDefunctSiloEntryKey below is missing. Dead (6) rows whose silo
-- last reported alive before the cut-off are gone for good; every other status is left to the protocol.
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND i_am_alive_time < @IAmAliveTime
  AND status = 6;

-- QueryKey: CleanupDefunctSiloEntryKey
-- Orleans 10.4.2 reads the table, picks the Dead rows that are old enough, and deletes each one through this
-- query with the values it read. The row goes only if it still has exactly those values, so a row that
-- changed after the read (a late suspicion vote, say) is kept for the next round.
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId
  AND address = @Address
  AND port = @Port
  AND generation = @Generation
  AND status = 6
  AND start_time = @StartTime
  AND i_am_alive_time = @IAmAliveTime
  AND suspect_times IS NOT DISTINCT FROM @SuspectTimes;

-- One row per (service, state name, grain key). Orleans hands the provider the state name, not the grain
-- class, as "grain type", so two grain classes that use the same state name and the same key share a row.
--
-- grain_id_extension is NOT NULL (a missing extension is stored as '') so that the whole key can be the
-- primary key and the ON CONFLICT target. Orleans never produces an empty extension (a blank one is
-- dropped when the grain id is made), and the grain id hash is part of the key, so '' cannot be
-- confused with "no extension".
CREATE TABLE orleans_storage
(
    grain_id_hash      integer     NOT NULL,
    grain_type_hash    integer     NOT NULL,
    service_id         text        NOT NULL,
    grain_id_n0        bigint      NOT NULL,
    grain_id_n1        bigint      NOT NULL,
    grain_type         text        NOT NULL,
    grain_id_extension text        NOT NULL DEFAULT '',
    payload            bytea,
    version            integer     NOT NULL,
    modified_on        timestamptz NOT NULL,
    CONSTRAINT orleans_storage_pkey
        PRIMARY KEY (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type, grain_id_extension)
);

-- One row per (service, state name, grain key). Orleans hands the provider the state name, not the grain
-- class, as "grain type", so two grain classes that use the same state name and the same key share a row.
--
-- grain_id_extension is NOT NULL (a missing extension is stored as ''): SQLite treats NULLs in a unique
-- key as distinct, which would let an upsert insert a second row instead of finding the first. Orleans
-- never produces an empty extension (a blank one is dropped when the grain id is made), and the grain id
-- hash is part of the key, so '' cannot be confused with "no extension".
--
-- The hashes lead the key so the index stays narrow where it is most selective; the clear-text columns
-- after them make the key exact even when two ids share both hashes.
CREATE TABLE orleans_storage
(
    grain_id_hash      INTEGER NOT NULL,
    grain_type_hash    INTEGER NOT NULL,
    service_id         TEXT    NOT NULL,
    grain_id_n0        INTEGER NOT NULL,
    grain_id_n1        INTEGER NOT NULL,
    grain_type         TEXT    NOT NULL,
    grain_id_extension TEXT    NOT NULL DEFAULT '',
    payload            BLOB,
    version            INTEGER NOT NULL,
    modified_on        TEXT    NOT NULL,
    PRIMARY KEY (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1, grain_type, grain_id_extension)
) STRICT;

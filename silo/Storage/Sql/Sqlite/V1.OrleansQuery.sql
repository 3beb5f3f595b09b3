-- Orleans looks its statements up by key at start-up with a fixed, unqualified
-- "SELECT QueryKey, QueryText FROM OrleansQuery", so the table and column names are not ours to choose.
CREATE TABLE OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
) STRICT;

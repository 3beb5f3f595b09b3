-- Our own record of which migrations ran. Its presence is also how start-up tells a database set up by
-- this storage layer apart from one left by the previous runtime or by someone else's scripts.
CREATE TABLE IF NOT EXISTS supportgrains_schema
(
    version    INTEGER NOT NULL PRIMARY KEY,
    applied_at TEXT    NOT NULL
) STRICT;

-- Our own record of which migrations ran. Its presence is also how start-up tells a schema set up by
-- this storage layer apart from one left by the previous runtime or by someone else's scripts.
CREATE TABLE IF NOT EXISTS supportgrains_schema
(
    version    integer     NOT NULL PRIMARY KEY,
    applied_at timestamptz NOT NULL
);

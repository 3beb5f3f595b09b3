-- Orleans looks its statements up by key at start-up with a fixed, unqualified
-- "SELECT QueryKey, QueryText FROM OrleansQuery"; the connection's search_path must lead to this schema.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

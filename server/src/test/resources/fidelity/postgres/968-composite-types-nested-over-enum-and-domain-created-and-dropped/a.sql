CREATE TYPE old_pair AS (a integer, b integer);
CREATE TYPE old_wrapper AS (p old_pair, note text);
CREATE TABLE events (id integer PRIMARY KEY, w old_wrapper);

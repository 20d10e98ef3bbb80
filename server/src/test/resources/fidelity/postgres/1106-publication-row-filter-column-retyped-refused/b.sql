-- PostgreSQL: cannot alter type of a column used by a publication WHERE clause
CREATE TABLE events (id integer PRIMARY KEY, level bigint NOT NULL, body text, extra text);
CREATE PUBLICATION events_pub_1106 FOR TABLE events (id, level, body) WHERE (level > 2);

CREATE TABLE keep_me (id integer PRIMARY KEY);
CREATE TABLE events (id integer PRIMARY KEY, level integer NOT NULL);
CREATE PUBLICATION events_pub_1141 FOR TABLE events, keep_me;

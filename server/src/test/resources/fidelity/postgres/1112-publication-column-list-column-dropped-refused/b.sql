CREATE TABLE events (id integer PRIMARY KEY, level integer NOT NULL, extra text);
CREATE PUBLICATION events_pub_1112 FOR TABLE events (id, level);

CREATE TABLE events (id integer PRIMARY KEY, level integer NOT NULL, body text, extra text);
CREATE PUBLICATION events_pub_1125 FOR TABLE events (id, level, body) WHERE (level > 2);

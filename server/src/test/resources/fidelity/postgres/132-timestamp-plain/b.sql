CREATE TABLE e (id integer PRIMARY KEY, at timestamp, t time, tz timestamptz);

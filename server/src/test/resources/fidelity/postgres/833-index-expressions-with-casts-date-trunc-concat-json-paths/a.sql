CREATE TABLE events (id integer PRIMARY KEY, at timestamptz, first text, last text, data jsonb, email varchar(200));
CREATE INDEX ev_day ON events (((at AT TIME ZONE 'UTC')::date));
CREATE INDEX ev_name ON events ((first || ' ' || last));
CREATE INDEX ev_path ON events ((data #>> '{a,b}'));

CREATE TABLE events (id integer PRIMARY KEY, at timestamptz, first text, last text, data jsonb, email varchar(200));
CREATE INDEX ev_day ON events (date_trunc('day', at AT TIME ZONE 'UTC'));
CREATE INDEX ev_name ON events ((coalesce(first, '') || ' ' || coalesce(last, '')));
CREATE INDEX ev_path ON events ((data #>> '{a,c}'), ((data ->> 'n')::integer)) WHERE data ? 'n';
CREATE UNIQUE INDEX ev_email ON events (lower(email::text)) WHERE email IS NOT NULL AND email::text <> '';
CREATE INDEX ev_md5 ON events USING hash (md5(coalesce(first, '')));

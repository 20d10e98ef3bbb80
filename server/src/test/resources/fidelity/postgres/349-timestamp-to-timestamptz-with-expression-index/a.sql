CREATE TABLE ev (id integer PRIMARY KEY, at timestamp NOT NULL, note text);
CREATE INDEX ev_day ON ev ((at::date));
CREATE INDEX ev_at ON ev (at DESC);

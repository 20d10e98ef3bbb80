CREATE TABLE t (id integer PRIMARY KEY, a uuid, b numeric(10,2) DEFAULT 0, c timestamptz, d boolean DEFAULT false NOT NULL, e jsonb DEFAULT '{}'::jsonb, f double precision DEFAULT 1.5, g timestamp);

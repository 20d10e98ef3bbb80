CREATE TABLE t (id integer PRIMARY KEY, code text CHECK (code ~ '^[A-Z]{3}-[0-9]+$'), kind text CHECK (kind = ANY (ARRAY['a'::text, 'b'::text])));

CREATE TABLE t (id integer PRIMARY KEY, qty integer NOT NULL DEFAULT 0, note text NOT NULL DEFAULT 'none', seen text NOT NULL DEFAULT current_timestamp);

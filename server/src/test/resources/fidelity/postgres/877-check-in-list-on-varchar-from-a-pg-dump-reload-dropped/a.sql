CREATE TABLE s (id integer PRIMARY KEY, status varchar(10),
  CONSTRAINT s_status_check CHECK (((status)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]))));

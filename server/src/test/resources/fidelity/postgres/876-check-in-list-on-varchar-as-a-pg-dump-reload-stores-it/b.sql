CREATE TABLE s (id integer PRIMARY KEY, status varchar(10), kind varchar(5),
  CONSTRAINT s_status_check CHECK (((status)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]))),
  CONSTRAINT s_kind_check CHECK (((kind)::text <> ALL (ARRAY[('x'::character varying)::text, ('y'::character varying)::text]))));

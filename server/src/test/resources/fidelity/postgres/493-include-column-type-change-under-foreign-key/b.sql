CREATE TABLE parent (id integer NOT NULL, code integer NOT NULL, note bigint, CONSTRAINT parent_pk PRIMARY KEY (id) INCLUDE (note),
  CONSTRAINT parent_code UNIQUE (code) INCLUDE (note));
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id), code integer REFERENCES parent (code));

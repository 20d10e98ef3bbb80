CREATE TABLE keep (id integer PRIMARY KEY);
CREATE TABLE t (id bigserial PRIMARY KEY);

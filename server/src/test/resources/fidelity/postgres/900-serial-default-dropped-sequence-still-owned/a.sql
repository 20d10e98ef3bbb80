CREATE TABLE t (id serial PRIMARY KEY, code bigserial, v text);

CREATE TABLE t (key bigserial PRIMARY KEY, v text);

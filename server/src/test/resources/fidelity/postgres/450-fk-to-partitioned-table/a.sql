CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE ev_all PARTITION OF ev DEFAULT;
CREATE TABLE note (id integer PRIMARY KEY, ev_id bigint, ev_at date);

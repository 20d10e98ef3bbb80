CREATE TABLE b (id integer PRIMARY KEY, raw bytea, code char(3) DEFAULT 'abc');

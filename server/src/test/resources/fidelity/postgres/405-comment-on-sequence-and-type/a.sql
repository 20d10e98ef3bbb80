CREATE SEQUENCE s;
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE t (id integer PRIMARY KEY, m mood);

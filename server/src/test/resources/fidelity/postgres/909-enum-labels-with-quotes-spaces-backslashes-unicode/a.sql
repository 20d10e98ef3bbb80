CREATE TYPE mood AS ENUM ('a b', 'it''s');
CREATE TABLE t (id integer PRIMARY KEY, m mood DEFAULT 'it''s', ms mood[] DEFAULT '{"a b"}');

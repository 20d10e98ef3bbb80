CREATE TYPE mood AS ENUM ('', 'a b', 'back\slash', 'it''s', 'with "dq"', 'ünïcode', 'UPPER', 'comma,brace}');
CREATE TABLE t (id integer PRIMARY KEY, m mood DEFAULT 'with "dq"', ms mood[] DEFAULT '{"a b","with \"dq\"","comma,brace}"}', n mood DEFAULT '');

CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (id int PRIMARY KEY, m mood, g boolean GENERATED ALWAYS AS (m = 'ok') STORED);

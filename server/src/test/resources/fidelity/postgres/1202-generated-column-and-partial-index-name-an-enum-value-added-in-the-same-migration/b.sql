CREATE TYPE mood AS ENUM ('sad', 'ok', 'very happy');
CREATE TABLE t (id int PRIMARY KEY, m mood, g boolean GENERATED ALWAYS AS (m = 'very happy') STORED);
CREATE INDEX t_happy ON t (id) WHERE m = 'very happy';

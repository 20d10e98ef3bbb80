CREATE TYPE size AS ENUM ('XS', 'S', 'M', 'L', 'XL');
CREATE TABLE shirt (id integer PRIMARY KEY, sz size NOT NULL, avail size[] NOT NULL DEFAULT '{S,M}');
CREATE INDEX shirt_sz ON shirt (sz) WHERE sz <> 'S';

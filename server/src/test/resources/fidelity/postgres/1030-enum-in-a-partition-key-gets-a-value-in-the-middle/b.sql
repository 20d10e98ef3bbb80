CREATE TYPE region AS ENUM ('eu', 'apac', 'us');
CREATE TABLE shops (id integer NOT NULL, region region NOT NULL, name text) PARTITION BY LIST (region);
CREATE TABLE shops_eu PARTITION OF shops FOR VALUES IN ('eu');
CREATE TABLE shops_rest PARTITION OF shops DEFAULT;

CREATE DOMAIN cents AS bigint CHECK (VALUE >= 0);
CREATE DOMAIN price AS cents NOT NULL;
CREATE TABLE quotes (id integer PRIMARY KEY, base price, extras cents[], total bigint GENERATED ALWAYS AS (base + 1) STORED);

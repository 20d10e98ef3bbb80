CREATE DOMAIN cents AS bigint CHECK (VALUE >= 0);
CREATE DOMAIN price AS cents NOT NULL;
CREATE TABLE quotes (id integer PRIMARY KEY, base price, extras price[] DEFAULT '{}', total bigint GENERATED ALWAYS AS (base + 2) STORED, discount cents DEFAULT 0);

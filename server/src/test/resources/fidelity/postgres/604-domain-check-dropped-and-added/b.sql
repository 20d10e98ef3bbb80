CREATE DOMAIN code AS text CONSTRAINT code_short CHECK (length(VALUE) <= 8) CONSTRAINT code_alnum CHECK (VALUE ~ '^[A-Z0-9]*$');
CREATE TABLE items (id integer PRIMARY KEY, c code);

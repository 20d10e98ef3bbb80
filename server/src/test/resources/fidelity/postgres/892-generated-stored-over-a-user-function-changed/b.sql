CREATE FUNCTION net(numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 0.8 $$;
CREATE FUNCTION gross(numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 1.2 $$;
CREATE TABLE items (id integer PRIMARY KEY, price numeric(12,2), shown numeric GENERATED ALWAYS AS (gross(price)) STORED);

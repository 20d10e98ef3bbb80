CREATE TABLE items (id integer PRIMARY KEY, name text, legacy text);
CREATE FUNCTION named_items() RETURNS SETOF items LANGUAGE sql STABLE AS $$SELECT * FROM items WHERE name IS NOT NULL$$;

-- a string body records no column dependency: the columns it does not name change freely
CREATE TABLE items (id integer PRIMARY KEY, name text, sku varchar(20));
CREATE FUNCTION named_items() RETURNS SETOF items LANGUAGE sql STABLE AS $$SELECT * FROM items WHERE name IS NOT NULL$$;

CREATE SCHEMA app;
CREATE TYPE app.price AS (amount numeric(10,2), currency char(3) COLLATE "C");
COMMENT ON TYPE app.price IS 'a price';
CREATE TYPE app."Dimensions" AS (w real, h real);
CREATE TABLE app.products (id integer PRIMARY KEY, list_price app.price, sale_price app.price, size app."Dimensions"[]);
CREATE TABLE public.products (id integer PRIMARY KEY);

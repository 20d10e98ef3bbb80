CREATE SCHEMA app;
CREATE TYPE app.price AS (amount numeric(10,2));
CREATE TABLE app.products (id integer PRIMARY KEY, list_price app.price);
CREATE TABLE public.products (id integer PRIMARY KEY);

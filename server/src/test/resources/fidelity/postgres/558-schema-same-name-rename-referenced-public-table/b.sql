CREATE SCHEMA billing;
CREATE TABLE products (id integer PRIMARY KEY);
ALTER TABLE products RENAME CONSTRAINT products_pkey TO items_pkey;
CREATE TABLE billing.items (id integer PRIMARY KEY, item_id integer);
ALTER TABLE billing.items ADD CONSTRAINT items_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.products (id);

CREATE SCHEMA x;
CREATE DOMAIN x.qty AS integer DEFAULT 0 CONSTRAINT qty_not_negative CHECK (VALUE >= 0) CONSTRAINT qty_small CHECK (VALUE < 100000);
CREATE TABLE public.items (id integer PRIMARY KEY, n x.qty);
CREATE TABLE x.stock (id integer PRIMARY KEY, item integer REFERENCES public.items (id) ON DELETE CASCADE, n x.qty NOT NULL);

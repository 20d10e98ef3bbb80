CREATE SCHEMA x;
CREATE DOMAIN x.qty AS integer DEFAULT 1 CONSTRAINT qty_positive CHECK (VALUE > 0);
CREATE TABLE public.items (id integer PRIMARY KEY, n x.qty);
CREATE TABLE x.stock (id integer PRIMARY KEY, item integer REFERENCES public.items (id), n x.qty NOT NULL);

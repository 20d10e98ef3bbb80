CREATE SCHEMA audit;
CREATE TABLE public.orders (tenant integer NOT NULL, id bigint NOT NULL, PRIMARY KEY (tenant, id)) PARTITION BY HASH (tenant);
CREATE TABLE public.orders_0 PARTITION OF public.orders FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.orders_1 PARTITION OF public.orders FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE audit.entries (id integer PRIMARY KEY, tenant integer NOT NULL, order_id bigint);

CREATE TABLE orders (id integer CONSTRAINT orders_pkey PRIMARY KEY, ref text CONSTRAINT orders_ref_key UNIQUE);
CREATE TABLE lines (order_id integer NOT NULL, no integer NOT NULL, CONSTRAINT lines_pkey PRIMARY KEY (order_id, no));
COMMENT ON CONSTRAINT orders_pkey ON orders IS 'order key';
COMMENT ON CONSTRAINT orders_ref_key ON orders IS 'one order per reference, renamed';
COMMENT ON CONSTRAINT lines_pkey ON lines IS 'many lines per order';

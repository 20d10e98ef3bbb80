CREATE TABLE orders (id integer CONSTRAINT orders_old_pk PRIMARY KEY, ref text CONSTRAINT orders_ref_old UNIQUE);
CREATE TABLE lines (order_id integer NOT NULL, no integer NOT NULL, CONSTRAINT lines_pkey PRIMARY KEY (order_id));
COMMENT ON CONSTRAINT orders_old_pk ON orders IS 'order key';
COMMENT ON CONSTRAINT orders_ref_old ON orders IS 'one order per reference';
COMMENT ON CONSTRAINT lines_pkey ON lines IS 'one line per order';

CREATE TABLE orders (id bigint NOT NULL, status text NOT NULL, total numeric(12,2)) PARTITION BY LIST (status);
CREATE TABLE orders_open PARTITION OF orders FOR VALUES IN ('open');
CREATE TABLE orders_closed PARTITION OF orders FOR VALUES IN ('closed', 'cancelled');
CREATE TABLE orders_rest PARTITION OF orders DEFAULT;

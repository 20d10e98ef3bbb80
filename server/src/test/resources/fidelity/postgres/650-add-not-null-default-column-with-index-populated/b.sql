CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL, total numeric(12,2) NOT NULL DEFAULT 0, created_at timestamptz NOT NULL DEFAULT now(), status varchar(20) NOT NULL DEFAULT 'pending', archived boolean NOT NULL DEFAULT false);
CREATE INDEX index_orders_on_customer_id ON orders (customer_id);
CREATE INDEX index_orders_on_status ON orders (status);
CREATE INDEX index_orders_on_customer_id_and_status ON orders (customer_id, status) WHERE NOT archived;

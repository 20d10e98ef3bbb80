CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'canceled');
CREATE TYPE payment_method AS ENUM ('credit_card', 'cash', 'paypal', 'bank_transfer');
CREATE TABLE orders (id integer PRIMARY KEY, status order_status NOT NULL DEFAULT 'pending', method payment_method, history order_status[] NOT NULL DEFAULT '{}');
CREATE INDEX orders_open ON orders (id) WHERE status <> 'canceled';

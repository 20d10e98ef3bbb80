CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');
CREATE TYPE payment_method AS ENUM ('card', 'cash', 'paypal');
CREATE TABLE orders (id integer PRIMARY KEY, status order_status NOT NULL DEFAULT 'new', method payment_method, history order_status[] NOT NULL DEFAULT '{}');
CREATE INDEX orders_open ON orders (id) WHERE status <> 'cancelled';

CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE purchase_order_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE order_line_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE customer (id bigint NOT NULL, version integer NOT NULL DEFAULT 0, name varchar(255) NOT NULL DEFAULT '', status varchar(255) CHECK (status IN ('ACTIVE', 'INACTIVE', 'SUSPENDED')), tier smallint CHECK (tier BETWEEN 0 AND 3), PRIMARY KEY (id));
CREATE TABLE purchase_order (id bigint NOT NULL, customer_id bigint NOT NULL, placed_at timestamp(6) with time zone, total numeric(38,2), PRIMARY KEY (id));
CREATE TABLE order_line (id bigint NOT NULL, order_id bigint NOT NULL, sku varchar(255), qty integer NOT NULL CHECK (qty >= 1), PRIMARY KEY (id));
ALTER TABLE IF EXISTS purchase_order ADD CONSTRAINT FKk3vlt8r9xbmx4j2aljs4k8rsx FOREIGN KEY (customer_id) REFERENCES customer;
ALTER TABLE IF EXISTS order_line ADD CONSTRAINT FK4b1j9x8kq0d8o2s5r7c1h3m2n FOREIGN KEY (order_id) REFERENCES purchase_order;

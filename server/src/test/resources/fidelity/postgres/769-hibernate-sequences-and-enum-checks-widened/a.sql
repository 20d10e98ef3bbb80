CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE purchase_order_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE customer (id bigint NOT NULL, version integer, name varchar(255), status varchar(255) CHECK (status IN ('ACTIVE', 'INACTIVE')), tier smallint CHECK (tier BETWEEN 0 AND 2), PRIMARY KEY (id));
CREATE TABLE purchase_order (id bigint NOT NULL, customer_id bigint, placed_at timestamp(6), total numeric(38,2), PRIMARY KEY (id));
ALTER TABLE IF EXISTS purchase_order ADD CONSTRAINT FKk3vlt8r9xbmx4j2aljs4k8rsx FOREIGN KEY (customer_id) REFERENCES customer;

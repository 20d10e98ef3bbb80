CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE purchase_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE customer (id bigint NOT NULL, name varchar(255), status smallint CHECK (status BETWEEN 0 AND 2), balance float(53), PRIMARY KEY (id));
CREATE TABLE purchase (id bigint NOT NULL, customer_id bigint, placed timestamp(6) with time zone, PRIMARY KEY (id));
ALTER TABLE IF EXISTS purchase ADD CONSTRAINT FK9jrd1g0ahgg4uo8dsjyx0wnvp FOREIGN KEY (customer_id) REFERENCES customer;

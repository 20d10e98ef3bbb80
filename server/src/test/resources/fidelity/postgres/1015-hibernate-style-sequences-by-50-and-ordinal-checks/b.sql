CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE purchase_seq START WITH 1 INCREMENT BY 100;
CREATE TABLE customer (id bigint NOT NULL, name varchar(255) NOT NULL, status smallint CHECK (status BETWEEN 0 AND 3), kind varchar(255) CHECK (kind IN ('PERSON', 'COMPANY')), balance numeric(38,2), PRIMARY KEY (id));
ALTER TABLE customer ADD CONSTRAINT UK_customer_name UNIQUE (name);
CREATE TABLE purchase (id bigint NOT NULL, customer_id bigint, placed timestamp(6) with time zone, version integer NOT NULL DEFAULT 0, PRIMARY KEY (id));
ALTER TABLE IF EXISTS purchase ADD CONSTRAINT FK9jrd1g0ahgg4uo8dsjyx0wnvp FOREIGN KEY (customer_id) REFERENCES customer ON DELETE CASCADE;

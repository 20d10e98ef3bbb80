--liquibase formatted sql

--changeset schemactl:20261202074500-1
DROP TABLE customer;
--rollback CREATE TABLE customer (id bigint NOT NULL, name varchar(100) NOT NULL, CONSTRAINT pk_customer PRIMARY KEY (id));

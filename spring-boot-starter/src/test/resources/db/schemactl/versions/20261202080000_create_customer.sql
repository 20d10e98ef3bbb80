--liquibase formatted sql

--changeset schemactl:20261202080000-1
CREATE TABLE customer (id bigint NOT NULL, name varchar(100) NOT NULL, email_address varchar(200), CONSTRAINT pk_customer PRIMARY KEY (id));
--rollback DROP TABLE customer;

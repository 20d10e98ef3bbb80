--liquibase formatted sql
-- schemactl: engine=postgresql
-- schemactl: generated-from=models it.shop

--changeset schemactl:20261202074828-1
SET lock_timeout = '5s';
CREATE TABLE customer (
    id bigint NOT NULL,
    name varchar(100) NOT NULL,
    CONSTRAINT pk_customer PRIMARY KEY (id)
);
--rollback SET lock_timeout = '5s';
--rollback DROP TABLE customer;

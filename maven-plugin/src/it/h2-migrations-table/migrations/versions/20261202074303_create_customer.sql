--liquibase formatted sql
-- schemactl: engine=h2
-- schemactl: generated-from=models it.shop

--changeset schemactl:20261202074303-1
CREATE TABLE customer (
    id bigint NOT NULL,
    name varchar(100) NOT NULL,
    CONSTRAINT pk_customer PRIMARY KEY (id)
);
--rollback DROP TABLE customer;

--liquibase formatted sql

--changeset schemactl:20261202074400-1
INSERT INTO customer (id, name) VALUES (1, 'ada'), (2, 'grace'), (3, 'edsger');
--rollback DELETE FROM customer WHERE id IN (1, 2, 3);

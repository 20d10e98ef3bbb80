CREATE SCHEMA billing;
CREATE DOMAIN billing.cents AS bigint DEFAULT 0 CONSTRAINT cents_nonneg CHECK (VALUE >= 0);
CREATE DOMAIN billing.code AS varchar(8) NOT NULL CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
CREATE TABLE billing.prices (id integer PRIMARY KEY, amount billing.cents, codes billing.code[]);

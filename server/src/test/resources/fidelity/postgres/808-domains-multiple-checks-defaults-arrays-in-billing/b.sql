CREATE SCHEMA billing;
CREATE DOMAIN billing.cents AS bigint DEFAULT 100 CONSTRAINT cents_nonneg CHECK (VALUE >= 0) CONSTRAINT cents_cap CHECK (VALUE < 100000000);
CREATE DOMAIN billing.code AS varchar(8) NOT NULL CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
COMMENT ON DOMAIN billing.code IS 'an upper-case code, ''two'' or more';
CREATE TABLE billing.prices (id integer PRIMARY KEY, amount billing.cents, codes billing.code[], fallback billing.cents[] DEFAULT '{1,2}', main_code billing.code DEFAULT 'XX');

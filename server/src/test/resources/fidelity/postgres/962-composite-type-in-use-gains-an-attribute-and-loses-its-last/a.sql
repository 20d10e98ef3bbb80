CREATE TYPE money_amount AS (value numeric(12,2), currency char(3), legacy_code text);
CREATE TABLE invoices (id integer PRIMARY KEY, total money_amount, lines money_amount[]);

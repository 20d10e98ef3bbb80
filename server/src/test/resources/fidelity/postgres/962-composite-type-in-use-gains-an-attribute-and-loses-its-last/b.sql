CREATE TYPE money_amount AS (value numeric(12,2), currency char(3), rate numeric(9,6), "Source" text COLLATE "C");
CREATE TABLE invoices (id integer PRIMARY KEY, total money_amount, lines money_amount[]);

CREATE SCHEMA billing;
CREATE TABLE billing.ledgers (id INT NOT NULL PRIMARY KEY, owner VARCHAR(40));
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, account_id INT, CONSTRAINT fk_orders_ledger FOREIGN KEY (account_id) REFERENCES billing.ledgers (id) ON DELETE SET NULL);

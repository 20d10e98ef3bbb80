CREATE SCHEMA billing;
CREATE TABLE items (id INT NOT NULL PRIMARY KEY, label VARCHAR(40), qty INT DEFAULT 0);
CREATE TABLE billing.invoices (id INT NOT NULL PRIMARY KEY, item_id INT, amount NUMERIC(10,2), paid BOOLEAN DEFAULT FALSE NOT NULL);
CREATE VIEW billing.invoice_lines (invoice, item, amount) AS SELECT b.id, i.label, b.amount FROM billing.invoices b JOIN items i ON i.id = b.item_id;
CREATE VIEW item_labels AS SELECT id, label FROM items;

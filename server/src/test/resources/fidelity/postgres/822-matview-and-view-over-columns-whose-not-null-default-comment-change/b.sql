CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL DEFAULT 'eu', amount numeric(10,2) DEFAULT 0, note text);
COMMENT ON COLUMN sales.amount IS 'in euros';
CREATE INDEX sales_region ON sales (region);
CREATE VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE MATERIALIZED VIEW big_sales AS SELECT id, amount FROM sales WHERE amount > 100;
CREATE INDEX big_sales_amount ON big_sales (amount);

CREATE TABLE sales (id integer PRIMARY KEY, region text, amount numeric(10,2));
CREATE VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE MATERIALIZED VIEW big_sales AS SELECT id, amount FROM sales WHERE amount > 100;
CREATE INDEX big_sales_amount ON big_sales (amount);

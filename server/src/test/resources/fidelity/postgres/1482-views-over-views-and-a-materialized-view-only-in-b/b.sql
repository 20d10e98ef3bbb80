CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2) NOT NULL, placed date NOT NULL);
CREATE VIEW z_recent AS SELECT id, total, placed FROM orders WHERE placed > DATE '2020-01-01';
CREATE VIEW a_big_recent AS SELECT id, total FROM z_recent WHERE total > 100;
CREATE MATERIALIZED VIEW m_daily AS SELECT placed, sum(total) AS total FROM orders GROUP BY placed;
CREATE VIEW b_daily_top AS SELECT placed FROM m_daily ORDER BY total DESC LIMIT 1;
CREATE AGGREGATE product(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1');

CREATE TABLE w (id integer PRIMARY KEY, a integer, b text);
CREATE INDEX w_a_plus ON w ((a + 1), b);
ALTER INDEX w_a_plus ALTER COLUMN 1 SET STATISTICS 321;
CREATE INDEX w_b_lower ON w (lower(b));
ALTER INDEX w_b_lower ALTER COLUMN 1 SET STATISTICS 50;

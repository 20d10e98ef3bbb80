CREATE TABLE t (id integer PRIMARY KEY, a integer, b text);
CREATE INDEX idx_first ON t (a);
CREATE INDEX idx_second ON t (b);

CREATE TABLE t (id integer PRIMARY KEY, code text CONSTRAINT code_short CHECK (length(code) < 10));
CREATE INDEX t_code ON t (code);

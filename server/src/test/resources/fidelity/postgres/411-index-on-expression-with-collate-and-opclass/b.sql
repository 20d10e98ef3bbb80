CREATE TABLE t (id integer PRIMARY KEY, v text, w text);
CREATE INDEX t_expr ON t (lower(v) COLLATE "C" text_pattern_ops DESC NULLS LAST, (w || 'x'));

CREATE TABLE t (id integer PRIMARY KEY, a text);
COMMENT ON COLUMN t.a IS 'old';
CREATE TABLE empty ();

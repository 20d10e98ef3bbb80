CREATE TABLE t (id integer PRIMARY KEY, a text);
COMMENT ON COLUMN t.a IS '';
COMMENT ON TABLE t IS $$it's $dollar$ and 'quotes'$$;
COMMENT ON COLUMN t.id IS E'tab\there\r\nand crlf';
CREATE TABLE empty ();
COMMENT ON TABLE empty IS 'no columns';
CREATE TABLE "Empty Too" ();

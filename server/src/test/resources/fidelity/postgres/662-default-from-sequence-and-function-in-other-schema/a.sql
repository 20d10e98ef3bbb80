CREATE SCHEMA util;
CREATE SEQUENCE util.invoice_no START 1000;
CREATE FUNCTION util.next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'INV-' || nextval('util.invoice_no') $$;
CREATE TABLE invoices (id integer PRIMARY KEY, total numeric);

-- the bodies hold a raw CR (CRLF line ends, as a function written on Windows keeps them), one dollar-quoted as pg_get_functiondef writes it
CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS E'SELECT ''C''\r\n  || ''\r'' || ''x''';
CREATE FUNCTION next_no() RETURNS integer LANGUAGE plpgsql AS E'BEGIN\r\n  RETURN 7;\r\nEND';
CREATE TABLE things (id integer PRIMARY KEY, code text DEFAULT next_code(), no integer DEFAULT next_no());

CREATE TABLE t (id integer PRIMARY KEY, town text, zip text, n integer, extra text);
CREATE STATISTICS t_city_zip ON town, zip FROM t;
ALTER STATISTICS t_city_zip SET STATISTICS 500;
COMMENT ON STATISTICS t_city_zip IS 'city and zip go together';
CREATE TABLE u (id integer PRIMARY KEY, a integer, b integer);

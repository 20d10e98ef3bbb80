CREATE TABLE t (id integer PRIMARY KEY, city text, zip text, n integer);
CREATE STATISTICS t_city_zip ON city, zip FROM t;
ALTER STATISTICS t_city_zip SET STATISTICS 500;
COMMENT ON STATISTICS t_city_zip IS 'city and zip go together';

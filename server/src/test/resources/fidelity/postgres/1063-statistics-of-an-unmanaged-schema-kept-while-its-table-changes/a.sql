CREATE SCHEMA stats;
CREATE TABLE t (id integer PRIMARY KEY, city text, zip text, n integer);
CREATE STATISTICS stats.t_city_zip (dependencies, ndistinct) ON city, zip FROM t;

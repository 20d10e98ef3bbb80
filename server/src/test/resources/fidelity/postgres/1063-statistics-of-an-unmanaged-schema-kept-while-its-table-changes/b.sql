CREATE SCHEMA stats;
CREATE TABLE t (id integer PRIMARY KEY, city text, zip varchar(10), n bigint, note text);
CREATE STATISTICS stats.t_city_zip (dependencies, ndistinct) ON city, zip FROM t;

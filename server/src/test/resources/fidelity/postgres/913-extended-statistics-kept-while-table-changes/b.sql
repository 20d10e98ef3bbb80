CREATE TABLE t (id integer PRIMARY KEY, city varchar(100), zip text, n bigint, extra text);
CREATE STATISTICS t_city_zip (dependencies, ndistinct) ON city, zip FROM t;

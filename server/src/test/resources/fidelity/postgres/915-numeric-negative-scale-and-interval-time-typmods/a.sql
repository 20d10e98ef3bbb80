CREATE TABLE t (id integer PRIMARY KEY, a numeric(5,2), b interval, c time with time zone, d timestamp(3), e float(24), f interval year to month, g numeric(10));

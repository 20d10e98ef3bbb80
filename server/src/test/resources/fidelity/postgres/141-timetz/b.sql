CREATE TABLE e (id integer PRIMARY KEY, t time with time zone, t3 timetz(3));

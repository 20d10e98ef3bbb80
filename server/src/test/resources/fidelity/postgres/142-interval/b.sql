CREATE TABLE e (id integer PRIMARY KEY, d interval, d2 interval day to second(3));

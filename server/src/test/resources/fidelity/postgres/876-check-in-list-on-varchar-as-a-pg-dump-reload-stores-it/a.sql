CREATE TABLE s (id integer PRIMARY KEY, status varchar(10), kind varchar(5));

CREATE TABLE j (id integer PRIMARY KEY, state varchar(20));

CREATE TABLE node (id integer PRIMARY KEY, next_id integer);

CREATE TABLE u (id integer PRIMARY KEY, email text);

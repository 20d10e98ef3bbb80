CREATE TABLE ev (id integer PRIMARY KEY, note text);

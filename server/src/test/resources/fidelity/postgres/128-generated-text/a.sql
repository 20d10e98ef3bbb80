CREATE TABLE p (id integer PRIMARY KEY, first text, last text);

CREATE TABLE ev (id integer PRIMARY KEY, happened text);

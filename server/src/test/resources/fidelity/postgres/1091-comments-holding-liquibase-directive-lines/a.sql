CREATE TABLE jobs (id integer PRIMARY KEY, name text);

CREATE TABLE editor (id integer PRIMARY KEY, email varchar(64));

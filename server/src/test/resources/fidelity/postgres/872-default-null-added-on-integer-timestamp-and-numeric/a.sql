CREATE TABLE hosts (id integer PRIMARY KEY, port integer, seen timestamp(0), amount numeric(10,2));

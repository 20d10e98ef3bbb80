CREATE TABLE stock (id integer PRIMARY KEY, qty integer NOT NULL);

CREATE TABLE shipments (id integer PRIMARY KEY, note text);

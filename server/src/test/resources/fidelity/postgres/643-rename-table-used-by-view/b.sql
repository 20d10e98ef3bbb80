CREATE TABLE client (id int PRIMARY KEY, name text);
CREATE VIEW customer_names AS SELECT id, name FROM client;

CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE users (id integer PRIMARY KEY, primary_email email);

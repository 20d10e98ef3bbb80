CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE users (id integer PRIMARY KEY, primary_email email NOT NULL, backup_email email);
